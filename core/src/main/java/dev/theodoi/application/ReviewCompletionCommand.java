package dev.theodoi.application;

import dev.theodoi.domain.directory.UnitId;
import dev.theodoi.domain.task.ReviewOutcome;
import dev.theodoi.domain.task.TaskId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Xác nhận / trả lại: the tracking specialist confirms a unit's reported completion or returns it.
 *
 * @param note the reason; required when returning, may be null when confirming
 */
public record ReviewCompletionCommand(
    @NotNull TaskId task, long expectedVersion, @NotNull UnitId unit, @NotNull ReviewOutcome outcome,
    @Size(max = 2000) String note) implements TaskCommand {}
