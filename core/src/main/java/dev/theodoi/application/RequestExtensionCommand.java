package dev.theodoi.application;

import dev.theodoi.domain.task.TaskId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Đề nghị gia hạn: the lead unit asks, before the deadline, for a later one. */
public record RequestExtensionCommand(
    @NotNull TaskId task, long expectedVersion, @NotNull LocalDate newDeadline,
    @NotBlank @Size(max = 2000) String reason) implements TaskCommand {}
