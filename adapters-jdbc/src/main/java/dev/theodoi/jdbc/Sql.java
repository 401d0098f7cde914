package dev.theodoi.jdbc;

import dev.theodoi.port.DuplicateKeyException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.JdbiException;

/** Statement text with the table prefix filled in, and the conversions every adapter class shares. */
final class Sql {
  final String prefix;
  final Dialect dialect;

  Sql(String prefix, Dialect dialect) {
    this.prefix = prefix;
    this.dialect = dialect;
  }

  /**
   * A condition that {@code column} is one of the ids bound by {@link #bindIds}: {@code = ANY(array)} on
   * PostgreSQL, whose planner keeps the index for it whatever the table's statistics (an IN list of 500 parameters
   * turned into a sequential scan while a table grew, making bulk imports quadratic), an IN list elsewhere.
   */
  String idIn(String column) {
    return dialect == Dialect.POSTGRESQL ? column + " = ANY(:ids)" : column + " IN (<ids>)";
  }

  /** Binds the ids of {@link #idIn}. */
  <Q extends org.jdbi.v3.core.statement.SqlStatement<Q>> Q bindIds(Q query, java.util.List<String> ids) {
    return dialect == Dialect.POSTGRESQL ? query.bindArray("ids", String.class, ids) : query.bindList("ids", ids);
  }

  /** {@code text} with every {@code ${p}} replaced by the table prefix. */
  String of(String text) {
    return text.replace("${p}", prefix);
  }

  /** An instant as the UTC timestamp the schema stores. */
  static LocalDateTime ts(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    LocalDateTime t = rs.getObject(column, LocalDateTime.class);
    return t == null ? null : t.toInstant(ZoneOffset.UTC);
  }

  static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  static Optional<String> text(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getString(column));
  }

  /** Whether a failure is a broken unique or primary key. */
  static boolean isDuplicateKey(JdbiException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s && s.getSQLState() != null) {
        return "23505".equals(s.getSQLState()) || s.getErrorCode() == 1062 || s.getErrorCode() == 1586;
      }
    }
    return false;
  }

  /** Runs {@code insert}, turning a broken unique key into a {@link DuplicateKeyException} saying {@code what}. */
  static <T> T insert(java.util.function.Supplier<T> insert, String what) {
    try {
      return insert.get();
    } catch (JdbiException e) {
      if (isDuplicateKey(e)) {
        throw new DuplicateKeyException(what + " is already stored", e);
      }
      throw e;
    }
  }
}
