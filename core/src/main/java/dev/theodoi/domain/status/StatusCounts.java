package dev.theodoi.domain.status;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The counts of a dashboard: the four statuses, their total, and the flags due soon and no deadline.
 * Always adds up: {@code total == completedOnTime + completedLate + inProgress + overdue}, due soon never
 * exceeds in progress, and no deadline never exceeds the total.
 */
public record StatusCounts(
    long total, long completedOnTime, long completedLate, long inProgress, long overdue, long dueSoon,
    long noDeadline) {

  /** No tasks. */
  public static final StatusCounts EMPTY = new StatusCounts(0, 0, 0, 0, 0, 0, 0);

  public StatusCounts {
    checkArgument(completedOnTime >= 0 && completedLate >= 0 && inProgress >= 0 && overdue >= 0
        && dueSoon >= 0 && noDeadline >= 0, "counts must not be negative");
    checkArgument(total == completedOnTime + completedLate + inProgress + overdue,
        "total %s is not the sum of the four statuses (%s + %s + %s + %s)",
        total, completedOnTime, completedLate, inProgress, overdue);
    checkArgument(dueSoon <= inProgress, "due soon (%s) cannot exceed in progress (%s)", dueSoon, inProgress);
    checkArgument(noDeadline <= total, "no deadline (%s) cannot exceed the total (%s)", noDeadline, total);
  }

  /** Counts from the four statuses and the two flags; the total is their sum. */
  public static StatusCounts of(
      long completedOnTime, long completedLate, long inProgress, long overdue, long dueSoon, long noDeadline) {
    return new StatusCounts(completedOnTime + completedLate + inProgress + overdue,
        completedOnTime, completedLate, inProgress, overdue, dueSoon, noDeadline);
  }

  /** These counts plus one classified task. */
  public StatusCounts plus(Classification c) {
    checkNotNull(c, "classification is required");
    TaskStatus s = c.status();
    return of(
        completedOnTime + (s == TaskStatus.COMPLETED_ON_TIME ? 1 : 0),
        completedLate + (s == TaskStatus.COMPLETED_LATE ? 1 : 0),
        inProgress + (s == TaskStatus.IN_PROGRESS ? 1 : 0),
        overdue + (s == TaskStatus.OVERDUE ? 1 : 0),
        dueSoon + (c.dueSoon() ? 1 : 0),
        noDeadline + (c.noDeadline() ? 1 : 0));
  }

  /** The sum of two sets of counts. */
  public StatusCounts plus(StatusCounts o) {
    return of(completedOnTime + o.completedOnTime, completedLate + o.completedLate, inProgress + o.inProgress,
        overdue + o.overdue, dueSoon + o.dueSoon, noDeadline + o.noDeadline);
  }

  /** The count of one status. */
  public long count(TaskStatus status) {
    return switch (status) {
      case COMPLETED_ON_TIME -> completedOnTime;
      case COMPLETED_LATE -> completedLate;
      case IN_PROGRESS -> inProgress;
      case OVERDUE -> overdue;
    };
  }

  /** Completed on time plus completed late. */
  public long completed() {
    return completedOnTime + completedLate;
  }
}
