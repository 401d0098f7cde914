package dev.theodoi.port;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.directory.UnitId;
import dev.theodoi.domain.status.TaskStatus;
import dev.theodoi.domain.task.TaskId;
import java.time.LocalDate;
import java.util.Set;

/**
 * One reminder to one unit about one assignment.
 *
 * @param task the task
 * @param unit the unit reminded
 * @param recipients the responsible officials, or the unit's leaders when nobody is named
 * @param step which step of the reminder policy this is
 * @param asOf the date of the reminder run
 * @param deadline the effective deadline
 * @param status the assignment's status on {@code asOf} (in progress or overdue)
 * @param trackingContent what the task is, for the message
 */
public record Reminder(
    TaskId task, UnitId unit, Set<OfficialId> recipients, ReminderStep step, LocalDate asOf, LocalDate deadline,
    TaskStatus status, String trackingContent) {
  public Reminder {
    checkNotNull(task, "task is required");
    checkNotNull(unit, "unit is required");
    recipients = Set.copyOf(recipients);
    checkNotNull(step, "step is required");
    checkNotNull(asOf, "as-of date is required");
    checkNotNull(deadline, "deadline is required");
    checkNotNull(status, "status is required");
    checkNotNull(trackingContent, "tracking content is required");
  }
}
