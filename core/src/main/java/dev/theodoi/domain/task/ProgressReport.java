package dev.theodoi.domain.task;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.internal.Texts;
import java.time.Instant;
import java.util.Optional;

/**
 * A progress report (báo cáo tiến độ) an assignee wrote on their unit's assignment.
 *
 * @param author who wrote it
 * @param reportedAt when it was recorded
 * @param text what the unit reports, at most {@value #MAX_TEXT} characters
 * @param resultDocument reference to a result document (e.g. its number and symbol), if any
 */
public record ProgressReport(OfficialId author, Instant reportedAt, String text, Optional<String> resultDocument) {
  /** Longest report text accepted. */
  public static final int MAX_TEXT = 20_000;

  public ProgressReport {
    checkNotNull(author, "report author is required");
    checkNotNull(reportedAt, "report time is required");
    Texts.requireText(text, "report text");
    checkArgument(text.length() <= MAX_TEXT, "report text must be at most %s characters", MAX_TEXT);
    Texts.optionalText(resultDocument, "result document");
  }
}
