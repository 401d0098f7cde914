package dev.theodoi.port;

import dev.theodoi.domain.TheodoiException;

/** A record with the same key is already stored. */
public final class DuplicateKeyException extends TheodoiException {
  private static final long serialVersionUID = 1L;

  public DuplicateKeyException(String message) {
    super(message);
  }

  public DuplicateKeyException(String message, Throwable cause) {
    super(message, cause);
  }
}
