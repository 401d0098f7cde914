package dev.theodoi.domain.task;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.internal.Texts;
import java.time.Instant;
import java.util.Optional;

/**
 * A leader's decision on an extension request.
 *
 * @param verdict approved or refused
 * @param decidedBy the office leader who decided
 * @param decidedAt when; an approval counts from the date of this instant (in the office's zone) on
 * @param note the leader's comment, if any
 */
public record ExtensionDecision(Verdict verdict, OfficialId decidedBy, Instant decidedAt, Optional<String> note) {
  public ExtensionDecision {
    checkNotNull(verdict, "verdict is required");
    checkNotNull(decidedBy, "decider is required");
    checkNotNull(decidedAt, "decision time is required");
    Texts.optionalText(note, "decision note");
  }
}
