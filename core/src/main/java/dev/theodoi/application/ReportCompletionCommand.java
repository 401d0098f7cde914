package dev.theodoi.application;

import dev.theodoi.domain.directory.UnitId;
import dev.theodoi.domain.task.TaskId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Báo cáo hoàn thành: the unit's assignment is complete.
 *
 * @param completedOn the date of the result; null for today (in the office's zone); not in the future
 * @param resultDocument reference to the result document, may be null
 */
public record ReportCompletionCommand(
    @NotNull TaskId task, long expectedVersion, @NotNull UnitId unit, LocalDate completedOn,
    @Size(max = 500) String resultDocument) implements TaskCommand {}
