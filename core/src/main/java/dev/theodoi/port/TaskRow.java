package dev.theodoi.port;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.directory.UnitId;
import dev.theodoi.domain.document.DocumentId;
import dev.theodoi.domain.status.TaskStatus;
import dev.theodoi.domain.task.Responsibility;
import dev.theodoi.domain.task.TaskId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One row of the list behind a dashboard count: a task (over all tasks: with its lead unit) or an assignment
 * (over a unit or an official: with that unit), with its status on the as-of date.
 *
 * @param task the task
 * @param version the task's version, to send back with a command
 * @param document the document
 * @param documentNumber its number and symbol as printed
 * @param unit the lead unit, or the unit of the assignment
 * @param responsibility that unit's part
 * @param trackingContent what is tracked
 * @param directingLeader who directs
 * @param trackingSpecialist who tracks
 * @param deadline the effective deadline on the as-of date
 * @param status the status on the as-of date
 * @param dueSoon whether due soon on the as-of date
 * @param completedOn the completion that counts on the as-of date, if any
 */
public record TaskRow(
    TaskId task, long version, DocumentId document, String documentNumber, UnitId unit,
    Responsibility responsibility, String trackingContent, OfficialId directingLeader,
    OfficialId trackingSpecialist, Optional<LocalDate> deadline, TaskStatus status, boolean dueSoon,
    Optional<LocalDate> completedOn) {
  public TaskRow {
    checkNotNull(task, "task is required");
    checkNotNull(document, "document is required");
    checkNotNull(documentNumber, "document number is required");
    checkNotNull(unit, "unit is required");
    checkNotNull(responsibility, "responsibility is required");
    checkNotNull(trackingContent, "tracking content is required");
    checkNotNull(directingLeader, "directing leader is required");
    checkNotNull(trackingSpecialist, "tracking specialist is required");
    checkNotNull(deadline, "deadline must be an Optional");
    checkNotNull(status, "status is required");
    checkNotNull(completedOn, "completion date must be an Optional");
  }
}
