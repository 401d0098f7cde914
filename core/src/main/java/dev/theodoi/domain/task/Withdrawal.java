package dev.theodoi.domain.task;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.internal.Texts;
import java.time.Instant;

/**
 * The office withdrew a task (thu hồi). From the date of {@code withdrawnAt} on, the task no longer counts
 * on any dashboard; before it, it counts as usual.
 */
public record Withdrawal(OfficialId withdrawnBy, Instant withdrawnAt, String reason) {
  public Withdrawal {
    checkNotNull(withdrawnBy, "who withdrew is required");
    checkNotNull(withdrawnAt, "withdrawal time is required");
    Texts.requireText(reason, "withdrawal reason");
  }
}
