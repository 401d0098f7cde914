package dev.theodoi.domain.task;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.internal.Texts;
import java.time.Instant;
import java.util.Optional;

/**
 * The office's confirmation or return of a reported completion.
 *
 * @param outcome confirmed or returned
 * @param reviewedBy the office specialist or leader who decided
 * @param reviewedAt when
 * @param note the reason; required when returning
 */
public record CompletionReview(ReviewOutcome outcome, OfficialId reviewedBy, Instant reviewedAt, Optional<String> note) {
  public CompletionReview {
    checkNotNull(outcome, "review outcome is required");
    checkNotNull(reviewedBy, "reviewer is required");
    checkNotNull(reviewedAt, "review time is required");
    Texts.optionalText(note, "review note");
    checkArgument(outcome != ReviewOutcome.RETURNED || note.isPresent(), "returning a completion needs a reason");
  }
}
