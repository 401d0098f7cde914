package dev.theodoi.port;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.document.DocumentId;
import java.time.Instant;

/**
 * A document forwarded internally (chuyển nội bộ) by the office clerk to a specialist.
 *
 * @param document the document
 * @param specialist who receives it in their list of outgoing documents (văn bản đi)
 * @param forwardedBy the clerk
 * @param forwardedAt when
 */
public record Forwarding(DocumentId document, OfficialId specialist, OfficialId forwardedBy, Instant forwardedAt) {
  public Forwarding {
    checkNotNull(document, "document is required");
    checkNotNull(specialist, "specialist is required");
    checkNotNull(forwardedBy, "forwarded by is required");
    checkNotNull(forwardedAt, "forwarding time is required");
  }
}
