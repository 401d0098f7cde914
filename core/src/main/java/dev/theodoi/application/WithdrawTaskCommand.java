package dev.theodoi.application;

import dev.theodoi.domain.task.TaskId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Thu hồi: the tracking specialist withdraws a task; it stops counting from today. */
public record WithdrawTaskCommand(@NotNull TaskId task, long expectedVersion, @NotBlank @Size(max = 2000) String reason)
    implements TaskCommand {}
