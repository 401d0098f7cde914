package dev.theodoi.application;

import dev.theodoi.domain.task.TaskId;
import dev.theodoi.domain.task.Verdict;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An office leader approves or refuses the pending extension request.
 *
 * @param note the leader's comment, may be null
 */
public record DecideExtensionCommand(
    @NotNull TaskId task, long expectedVersion, @NotNull Verdict verdict, @Size(max = 2000) String note)
    implements TaskCommand {}
