package dev.theodoi.benchmarks;

import dev.theodoi.domain.status.StatusCounts;
import dev.theodoi.port.AsOf;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The dashboard counts as a hand-written single SQL query on the library's tables, as a DBA would write it
 * without the library: set-based, the newest approved extension by a window function, the counted completion
 * by a grouped join. The yardstick for the library's own query.
 */
final class HandWritten {
  enum Scope { OFFICE, UNIT, OFFICIAL }

  /** SQLSTATE of a statement cancelled by its timeout (PostgreSQL, H2). */
  private static final String QUERY_CANCELED = "57014";

  private HandWritten() {}

  static String sql(Scope scope) {
    String where = switch (scope) {
      case OFFICE -> "a.responsibility = 'LEAD'";
      case UNIT -> "a.unit_id = ?";
      case OFFICIAL -> "EXISTS (SELECT 1 FROM theodoi_assignee s WHERE s.task_id = a.task_id AND s.unit_id = a.unit_id"
          + " AND s.official_id = ?)";
    };
    return "SELECT COUNT(*) AS total,"
        + " COALESCE(SUM(CASE WHEN done_on IS NOT NULL AND (eff IS NULL OR done_on <= eff) THEN 1 ELSE 0 END), 0) AS on_time,"
        + " COALESCE(SUM(CASE WHEN done_on IS NOT NULL AND eff IS NOT NULL AND done_on > eff THEN 1 ELSE 0 END), 0) AS late,"
        + " COALESCE(SUM(CASE WHEN done_on IS NULL AND (eff IS NULL OR eff >= ?) THEN 1 ELSE 0 END), 0) AS in_progress,"
        + " COALESCE(SUM(CASE WHEN done_on IS NULL AND eff < ? THEN 1 ELSE 0 END), 0) AS overdue,"
        + " COALESCE(SUM(CASE WHEN done_on IS NULL AND eff >= ? AND eff <= ? THEN 1 ELSE 0 END), 0) AS due_soon,"
        + " COALESCE(SUM(CASE WHEN eff IS NULL THEN 1 ELSE 0 END), 0) AS no_deadline"
        + " FROM (SELECT COALESCE(x.requested_deadline, t.deadline) AS eff, c.done_on"
        + " FROM theodoi_task t JOIN theodoi_assignment a ON a.task_id = t.id"
        + " LEFT JOIN (SELECT e.task_id, e.requested_deadline, ROW_NUMBER() OVER (PARTITION BY e.task_id"
        + " ORDER BY e.decided_at DESC, e.seq DESC) AS rn FROM theodoi_extension e WHERE e.verdict = 'APPROVED'"
        + " AND e.decided_at < ?) x ON x.task_id = t.id AND x.rn = 1"
        + " LEFT JOIN (SELECT task_id, unit_id, MAX(completed_on) AS done_on FROM theodoi_completion"
        + " WHERE (review_outcome IS NULL OR review_outcome <> 'RETURNED') AND completed_on <= ? AND reported_at < ?"
        + " GROUP BY task_id, unit_id) c ON c.task_id = a.task_id AND c.unit_id = a.unit_id"
        + " WHERE t.created_at < ? AND (t.withdrawn_at IS NULL OR t.withdrawn_at >= ?) AND " + where + ") z";
  }

  /** The counts, or empty when the database cancelled the query after {@code timeoutSeconds}. */
  static Optional<StatusCounts> counts(DataSource ds, Scope scope, String who, AsOf asOf, int timeoutSeconds)
      throws SQLException {
    LocalDateTime end = LocalDateTime.ofInstant(asOf.endOfDay(), ZoneOffset.UTC);
    try (Connection c = ds.getConnection()) {
      try {
        return counts(c, scope, who, asOf, end, timeoutSeconds);
      } finally {
        // H2 keeps a statement's timeout on its session: clear it before the connection goes back to the pool.
        try (PreparedStatement reset = c.prepareStatement("SELECT 1")) {
          reset.setQueryTimeout(0);
        }
      }
    }
  }

  private static Optional<StatusCounts> counts(Connection c, Scope scope, String who, AsOf asOf, LocalDateTime end,
      int timeoutSeconds) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql(scope))) {
      ps.setQueryTimeout(timeoutSeconds);
      int i = 1;
      ps.setObject(i++, asOf.date());
      ps.setObject(i++, asOf.date());
      ps.setObject(i++, asOf.date());
      ps.setObject(i++, asOf.dueSoonThrough());
      ps.setObject(i++, end);
      ps.setObject(i++, asOf.date());
      ps.setObject(i++, end);
      ps.setObject(i++, end);
      ps.setObject(i++, end);
      if (scope != Scope.OFFICE) {
        ps.setString(i, who);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return Optional.of(new StatusCounts(rs.getLong("total"), rs.getLong("on_time"), rs.getLong("late"),
            rs.getLong("in_progress"), rs.getLong("overdue"), rs.getLong("due_soon"), rs.getLong("no_deadline")));
      }
    } catch (SQLException e) {
      if (e instanceof SQLTimeoutException || QUERY_CANCELED.equals(e.getSQLState())) {
        return Optional.empty();
      }
      throw e;
    }
  }
}
