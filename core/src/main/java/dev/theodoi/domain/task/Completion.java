package dev.theodoi.domain.task;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.internal.Texts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A unit's report that its assignment is complete (hoàn thành). Timeliness is judged on
 * {@code completedOn}, the date of the unit's result, never on the office's confirmation date.
 *
 * @param completedOn the date the work was completed (Vietnam date)
 * @param reportedBy who reported it
 * @param reportedAt when it was recorded; a completion counts only from the date of this instant on
 * @param resultDocument reference to the result document, if any
 * @param review the office's confirmation or return, if it has decided
 */
public record Completion(
    LocalDate completedOn,
    OfficialId reportedBy,
    Instant reportedAt,
    Optional<String> resultDocument,
    Optional<CompletionReview> review) {

  public Completion {
    checkNotNull(completedOn, "completion date is required");
    checkNotNull(reportedBy, "reporter is required");
    checkNotNull(reportedAt, "report time is required");
    Texts.optionalText(resultDocument, "result document");
    checkNotNull(review, "review must be an Optional, not null");
  }

  /** Whether the office returned it; a returned completion does not count. */
  public boolean isReturned() {
    return review.map(r -> r.outcome() == ReviewOutcome.RETURNED).orElse(false);
  }

  /** Whether the office has neither confirmed nor returned it yet. */
  public boolean isAwaitingReview() {
    return review.isEmpty();
  }

  /** This completion with the office's decision. */
  public Completion reviewed(CompletionReview decision) {
    return new Completion(completedOn, reportedBy, reportedAt, resultDocument, Optional.of(decision));
  }
}
