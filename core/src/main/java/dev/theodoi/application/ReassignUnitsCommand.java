package dev.theodoi.application;

import dev.theodoi.domain.task.TaskId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The tracking specialist changes which units a task is assigned to. A unit that stays keeps its reports and
 * completions; a unit removed loses its assignment.
 */
public record ReassignUnitsCommand(
    @NotNull TaskId task,
    long expectedVersion,
    @NotNull @Valid UnitAssignees lead,
    @NotNull @Valid List<UnitAssignees> coordinating) implements TaskCommand {}
