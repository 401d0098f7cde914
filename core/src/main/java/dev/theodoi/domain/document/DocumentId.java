package dev.theodoi.domain.document;

import dev.theodoi.domain.internal.Texts;

/**
 * Identifier of a {@link Document}: the host's own identifier (the document-management system owns documents).
 *
 * @param value non-blank, no surrounding white space, at most 200 characters
 */
public record DocumentId(String value) {
  public DocumentId {
    Texts.requireId(value, "document id");
  }

  public static DocumentId of(String value) {
    return new DocumentId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
