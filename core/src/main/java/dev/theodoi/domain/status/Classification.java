package dev.theodoi.domain.status;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The outcome of {@link StatusRules#classify}: the status on {@code asOf} and the facts it was judged on.
 *
 * @param asOf the as-of date
 * @param status exactly one of the four statuses
 * @param effectiveDeadline the deadline in force on {@code asOf} (last extension approved by then, else the
 *     original); empty for a task without deadline
 * @param completedOn the date of the completion that counts on {@code asOf}, if any
 * @param dueSoon in progress and within the due-soon window
 */
public record Classification(
    LocalDate asOf, TaskStatus status, Optional<LocalDate> effectiveDeadline, Optional<LocalDate> completedOn,
    boolean dueSoon) {

  public Classification {
    checkNotNull(asOf, "as-of date is required");
    checkNotNull(status, "status is required");
    checkNotNull(effectiveDeadline, "effective deadline must be an Optional, not null");
    checkNotNull(completedOn, "completion date must be an Optional, not null");
    checkArgument(status.isCompleted() == completedOn.isPresent(), "a completion date goes with a completed status");
    checkArgument(!dueSoon || status == TaskStatus.IN_PROGRESS, "only an in-progress task can be due soon");
  }

  /** Whether the task has no deadline (không thời hạn). */
  public boolean noDeadline() {
    return effectiveDeadline.isEmpty();
  }
}
