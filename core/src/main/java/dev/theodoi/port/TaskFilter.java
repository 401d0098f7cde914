package dev.theodoi.port;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.directory.UnitId;
import dev.theodoi.domain.document.DocumentId;
import dev.theodoi.domain.status.TaskStatus;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Narrows a dashboard or the list behind one of its counts. Every condition present must hold.
 *
 * @param status only rows with this status on the as-of date
 * @param dueSoon only rows flagged due soon
 * @param noDeadline only rows without deadline
 * @param unit only tasks this unit is assigned to (lead or coordinating)
 * @param directingLeader only tasks this leader directs
 * @param trackingSpecialist only tasks this specialist tracks
 * @param document only tasks on this document
 * @param deadlineFrom only rows whose effective deadline is on or after this date
 * @param deadlineTo only rows whose effective deadline is on or before this date
 */
public record TaskFilter(
    Optional<TaskStatus> status, boolean dueSoon, boolean noDeadline, Optional<UnitId> unit,
    Optional<OfficialId> directingLeader, Optional<OfficialId> trackingSpecialist, Optional<DocumentId> document,
    Optional<LocalDate> deadlineFrom, Optional<LocalDate> deadlineTo) {

  /** No condition. */
  public static final TaskFilter NONE = new TaskFilter(Optional.empty(), false, false, Optional.empty(),
      Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public TaskFilter {
    checkNotNull(status, "status must be an Optional");
    checkNotNull(unit, "unit must be an Optional");
    checkNotNull(directingLeader, "directing leader must be an Optional");
    checkNotNull(trackingSpecialist, "tracking specialist must be an Optional");
    checkNotNull(document, "document must be an Optional");
    checkNotNull(deadlineFrom, "deadline from must be an Optional");
    checkNotNull(deadlineTo, "deadline to must be an Optional");
    checkArgument(deadlineFrom.isEmpty() || deadlineTo.isEmpty() || !deadlineTo.get().isBefore(deadlineFrom.get()),
        "deadline range %s..%s runs backwards", deadlineFrom.orElse(null), deadlineTo.orElse(null));
    checkArgument(!(dueSoon && noDeadline), "a task cannot be both due soon and without deadline");
  }

  public TaskFilter withStatus(TaskStatus value) {
    return new TaskFilter(Optional.of(value), dueSoon, noDeadline, unit, directingLeader, trackingSpecialist,
        document, deadlineFrom, deadlineTo);
  }

  public TaskFilter onlyDueSoon() {
    return new TaskFilter(status, true, noDeadline, unit, directingLeader, trackingSpecialist, document,
        deadlineFrom, deadlineTo);
  }

  public TaskFilter onlyNoDeadline() {
    return new TaskFilter(status, dueSoon, true, unit, directingLeader, trackingSpecialist, document,
        deadlineFrom, deadlineTo);
  }

  public TaskFilter withUnit(UnitId value) {
    return new TaskFilter(status, dueSoon, noDeadline, Optional.of(value), directingLeader, trackingSpecialist,
        document, deadlineFrom, deadlineTo);
  }

  public TaskFilter withDirectingLeader(OfficialId value) {
    return new TaskFilter(status, dueSoon, noDeadline, unit, Optional.of(value), trackingSpecialist, document,
        deadlineFrom, deadlineTo);
  }

  public TaskFilter withTrackingSpecialist(OfficialId value) {
    return new TaskFilter(status, dueSoon, noDeadline, unit, directingLeader, Optional.of(value), document,
        deadlineFrom, deadlineTo);
  }

  public TaskFilter withDocument(DocumentId value) {
    return new TaskFilter(status, dueSoon, noDeadline, unit, directingLeader, trackingSpecialist,
        Optional.of(value), deadlineFrom, deadlineTo);
  }

  public TaskFilter withDeadlineBetween(LocalDate from, LocalDate to) {
    return new TaskFilter(status, dueSoon, noDeadline, unit, directingLeader, trackingSpecialist, document,
        Optional.ofNullable(from), Optional.ofNullable(to));
  }
}
