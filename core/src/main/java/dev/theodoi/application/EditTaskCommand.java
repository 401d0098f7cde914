package dev.theodoi.application;

import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.task.Task;
import dev.theodoi.domain.task.TaskId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The tracking specialist corrects a task's tracking information or its original deadline. */
public record EditTaskCommand(
    @NotNull TaskId task,
    long expectedVersion,
    @NotBlank @Size(max = Task.MAX_TEXT) String trackingContent,
    @NotBlank @Size(max = Task.MAX_TEXT) String directionContent,
    @NotNull OfficialId directingLeader,
    @NotNull OfficialId trackingSpecialist,
    @NotNull @Valid DeadlineSpec deadline) implements TaskCommand {}
