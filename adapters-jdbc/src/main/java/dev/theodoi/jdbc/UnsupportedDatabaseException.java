package dev.theodoi.jdbc;

import dev.theodoi.domain.TheodoiException;

/** The DataSource leads to a database the store does not support (only H2, PostgreSQL and MariaDB). */
public final class UnsupportedDatabaseException extends TheodoiException {
  private static final long serialVersionUID = 1L;

  UnsupportedDatabaseException(String productName) {
    super("theodoi-jdbc supports H2, PostgreSQL and MariaDB, not " + productName);
  }
}
