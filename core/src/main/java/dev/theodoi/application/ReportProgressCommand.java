package dev.theodoi.application;

import dev.theodoi.domain.directory.UnitId;
import dev.theodoi.domain.task.ProgressReport;
import dev.theodoi.domain.task.TaskId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Báo cáo tiến độ on a unit's assignment.
 *
 * @param resultDocument reference to a result document, may be null
 */
public record ReportProgressCommand(
    @NotNull TaskId task, long expectedVersion, @NotNull UnitId unit,
    @NotBlank @Size(max = ProgressReport.MAX_TEXT) String text, @Size(max = 500) String resultDocument)
    implements TaskCommand {}
