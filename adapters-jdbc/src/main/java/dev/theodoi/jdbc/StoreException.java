package dev.theodoi.jdbc;

import dev.theodoi.domain.TheodoiException;

/**
 * The database failed: unreachable, a statement failed, a transaction could not commit. The cause is the
 * driver's or JDBI's exception. Nothing of the failed unit of work was kept.
 */
public final class StoreException extends TheodoiException {
  private static final long serialVersionUID = 1L;

  StoreException(String message, Throwable cause) {
    super(message + ": " + cause.getMessage(), cause);
  }
}
