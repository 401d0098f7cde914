package dev.theodoi.port;

import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.document.Document;
import dev.theodoi.domain.document.DocumentId;
import java.util.List;
import java.util.Optional;

/**
 * The issued documents the library tracks, and their internal forwardings. Implementations are
 * thread-safe; writes happen inside {@link Transactions#inTransaction}.
 */
public interface Documents {
  /**
   * Stores a newly issued document.
   *
   * @throws DuplicateKeyException if a document with the same id, or the same issuing body, year and
   *     number, is already stored
   */
  void add(Document document);

  /** The document with this id. */
  Optional<Document> find(DocumentId id);

  /** Records forwardings; forwarding a document twice to the same specialist is a no-op. */
  void forward(List<Forwarding> forwardings);

  /** The forwardings of one document, oldest first. */
  List<Forwarding> forwardingsOf(DocumentId document);

  /**
   * All documents in id order (by UTF-16 code units, as {@link String#compareTo}), {@code limit} at a time:
   * the ones whose id comes after {@code after}, or the first ones when it is empty. For exports.
   */
  List<Document> page(Optional<DocumentId> after, int limit);

  /** Documents not forwarded to anyone yet, newest issue date first. */
  List<Document> notForwarded();

  /** Documents forwarded to {@code specialist}, newest issue date first. */
  List<Document> forwardedTo(OfficialId specialist);
}
