package dev.theodoi.domain.task;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.internal.Texts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A request to move a task's deadline (gia hạn), with its decision once made. The history of requests is
 * kept whole: the original deadline and every request stay on the task.
 *
 * @param requestedDeadline the new date asked for
 * @param reason why
 * @param requestedBy the lead unit's official who asked
 * @param requestedAt when
 * @param decision the leader's decision, empty while pending
 */
public record ExtensionRequest(
    LocalDate requestedDeadline,
    String reason,
    OfficialId requestedBy,
    Instant requestedAt,
    Optional<ExtensionDecision> decision) {

  public ExtensionRequest {
    checkNotNull(requestedDeadline, "requested deadline is required");
    Texts.requireText(reason, "extension reason");
    checkNotNull(requestedBy, "requester is required");
    checkNotNull(requestedAt, "request time is required");
    checkNotNull(decision, "decision must be an Optional, not null");
    decision.ifPresent(d -> checkArgument(!d.decidedAt().isBefore(requestedAt),
        "an extension cannot be decided (%s) before it was requested (%s)", d.decidedAt(), requestedAt));
  }

  public boolean isPending() {
    return decision.isEmpty();
  }

  public boolean isApproved() {
    return decision.map(d -> d.verdict() == Verdict.APPROVED).orElse(false);
  }

  /** This request with its decision. */
  public ExtensionRequest decided(ExtensionDecision d) {
    checkArgument(isPending(), "the extension request was already decided");
    return new ExtensionRequest(requestedDeadline, reason, requestedBy, requestedAt, Optional.of(d));
  }
}
