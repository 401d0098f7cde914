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

  /** The stored documents among {@code ids}, by id; absent ids are left out. For bulk imports. */
  default java.util.Map<DocumentId, Document> findAll(java.util.Collection<DocumentId> ids) {
    java.util.Map<DocumentId, Document> found = new java.util.LinkedHashMap<>();
    for (DocumentId id : ids) {
      find(id).ifPresent(d -> found.put(id, d));
    }
    return found;
  }

  /**
   * Stores many new documents at once, as {@link #add} would one by one. For bulk imports.
   *
   * @throws DuplicateKeyException if any of them is already stored (call inside a transaction to keep none)
   */
  default void addAll(List<Document> documents) {
    documents.forEach(this::add);
  }

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
