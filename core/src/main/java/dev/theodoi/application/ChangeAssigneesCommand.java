package dev.theodoi.application;

import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.directory.UnitId;
import dev.theodoi.domain.task.TaskId;
import jakarta.validation.constraints.NotNull;
import java.util.Set;

/** The unit's leader (or the tracking specialist) names the officials responsible for the unit's assignment. */
public record ChangeAssigneesCommand(
    @NotNull TaskId task, long expectedVersion, @NotNull UnitId unit, @NotNull Set<OfficialId> assignees)
    implements TaskCommand {}
