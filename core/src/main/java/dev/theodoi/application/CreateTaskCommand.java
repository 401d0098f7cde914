package dev.theodoi.application;

import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.document.DocumentId;
import dev.theodoi.domain.task.Task;
import dev.theodoi.domain.task.TaskId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Cập nhật thông tin theo dõi and GIAO VIỆC in one step: a task on a document, with its tracking
 * information, deadline, lead unit, coordinating units and the responsible officials of each.
 *
 * @param id the task's id, or null for a random UUID (a host importing its own records passes its key)
 * @param document the document the task comes from; it must have been forwarded to the acting specialist
 * @param trackingContent nội dung theo dõi
 * @param directionContent nội dung chỉ đạo
 * @param directingLeader người chỉ đạo: an office leader
 * @param trackingSpecialist chuyên viên theo dõi: an office specialist
 * @param deadline thời hạn
 * @param lead the lead unit (đơn vị chủ trì)
 * @param coordinating coordinating units (đơn vị phối hợp), possibly none
 */
public record CreateTaskCommand(
    TaskId id,
    @NotNull DocumentId document,
    @NotBlank @Size(max = Task.MAX_TEXT) String trackingContent,
    @NotBlank @Size(max = Task.MAX_TEXT) String directionContent,
    @NotNull OfficialId directingLeader,
    @NotNull OfficialId trackingSpecialist,
    @NotNull @Valid DeadlineSpec deadline,
    @NotNull @Valid UnitAssignees lead,
    @NotNull @Valid List<UnitAssignees> coordinating) {}
