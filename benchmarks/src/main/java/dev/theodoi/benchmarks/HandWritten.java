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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The dashboard counts as a hand-written single SQL query on the library's tables, as a DBA would write it without
 * the library, in two forms:
 *
 * <ul>
 * <li>{@link Form#PERIODS}, the yardstick: one flat aggregate over {@code theodoi_assignment_period}, with the
 *     access path a DBA settles on after reading the plans (on PostgreSQL the official's rows are probed through a
 *     LATERAL subquery; a plain join makes it hash-join a scan of every row);</li>
 * <li>{@link Form#HISTORY}, for context: the same counts from the history tables alone (task, assignment,
 *     extension, completion), set-based: the newest approved extension by a window function, the counted
 *     completion by a grouped join. What the counts cost without the period table.</li>
 * </ul>
 */
final class HandWritten {
  enum Scope { OFFICE, UNIT, OFFICIAL }

  enum Form { PERIODS, HISTORY }

  /** SQLSTATE of a statement cancelled by its timeout (PostgreSQL, H2). */
  private static final String QUERY_CANCELED = "57014";

  private HandWritten() {}

  private static final String SUMS = "SELECT COUNT(*) AS total,"
      + " COALESCE(SUM(CASE WHEN done_on IS NOT NULL AND (eff IS NULL OR done_on <= eff) THEN 1 ELSE 0 END), 0) AS on_time,"
      + " COALESCE(SUM(CASE WHEN done_on IS NOT NULL AND eff IS NOT NULL AND done_on > eff THEN 1 ELSE 0 END), 0) AS late,"
      + " COALESCE(SUM(CASE WHEN done_on IS NULL AND (eff IS NULL OR eff >= :asOf) THEN 1 ELSE 0 END), 0) AS in_progress,"
      + " COALESCE(SUM(CASE WHEN done_on IS NULL AND eff < :asOf THEN 1 ELSE 0 END), 0) AS overdue,"
      + " COALESCE(SUM(CASE WHEN done_on IS NULL AND eff >= :asOf AND eff <= :dueThrough THEN 1 ELSE 0 END), 0)"
      + " AS due_soon,"
      + " COALESCE(SUM(CASE WHEN eff IS NULL THEN 1 ELSE 0 END), 0) AS no_deadline";

  /** The query text, with named markers (:asOf, :end, :dueThrough, :who) that {@link #counts} binds. */
  static String sql(Scope scope, Form form, boolean postgres) {
    if (form == Form.PERIODS) {
      String inForce = "%1$s.from_at < :end AND (%1$s.until_at IS NULL OR %1$s.until_at >= :end)";
      String from = switch (scope) {
        case OFFICE -> "theodoi_assignment_period p WHERE p.lead_marker = 'Y' AND " + inForce.formatted("p");
        case UNIT -> "theodoi_assignment_period p WHERE p.unit_id = :who AND " + inForce.formatted("p");
        case OFFICIAL -> postgres
            ? "theodoi_assignee s CROSS JOIN LATERAL (SELECT * FROM theodoi_assignment_period q WHERE q.task_id ="
                + " s.task_id AND q.unit_id = s.unit_id AND " + inForce.formatted("q") + " OFFSET 0) p"
                + " WHERE s.official_id = :who"
            : "theodoi_assignee s JOIN theodoi_assignment_period p ON p.task_id = s.task_id AND p.unit_id = s.unit_id"
                + " WHERE s.official_id = :who AND " + inForce.formatted("p");
      };
      return SUMS + " FROM (SELECT p.deadline AS eff, CASE WHEN p.completed_on <= :asOf"
          + " AND p.completion_reported_at < :end THEN p.completed_on END AS done_on FROM " + from + ") z";
    }
    String where = switch (scope) {
      case OFFICE -> "a.responsibility = 'LEAD'";
      case UNIT -> "a.unit_id = :who";
      case OFFICIAL -> "EXISTS (SELECT 1 FROM theodoi_assignee s WHERE s.task_id = a.task_id AND s.unit_id = a.unit_id"
          + " AND s.official_id = :who)";
    };
    return SUMS + " FROM (SELECT COALESCE(x.requested_deadline, t.deadline) AS eff, c.done_on"
        + " FROM theodoi_task t JOIN theodoi_assignment a ON a.task_id = t.id"
        + " LEFT JOIN (SELECT e.task_id, e.requested_deadline, ROW_NUMBER() OVER (PARTITION BY e.task_id"
        + " ORDER BY e.decided_at DESC, e.seq DESC) AS rn FROM theodoi_extension e WHERE e.verdict = 'APPROVED'"
        + " AND e.decided_at < :end) x ON x.task_id = t.id AND x.rn = 1"
        + " LEFT JOIN (SELECT task_id, unit_id, MAX(completed_on) AS done_on FROM theodoi_completion"
        + " WHERE (review_outcome IS NULL OR review_outcome <> 'RETURNED') AND completed_on <= :asOf AND reported_at < :end"
        + " GROUP BY task_id, unit_id) c ON c.task_id = a.task_id AND c.unit_id = a.unit_id"
        + " WHERE t.created_at < :end AND (t.withdrawn_at IS NULL OR t.withdrawn_at >= :end) AND " + where + ") z";
  }

  /** The counts, or empty when the database cancelled the query after {@code timeoutSeconds}. */
  static Optional<StatusCounts> counts(DataSource ds, Scope scope, Form form, String who, AsOf asOf,
      int timeoutSeconds) throws SQLException {
    try (Connection c = ds.getConnection()) {
      boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
      try {
        return counts(c, sql(scope, form, postgres), who, asOf, timeoutSeconds);
      } finally {
        // H2 keeps a statement's timeout on its session: clear it before the connection goes back to the pool.
        try (PreparedStatement reset = c.prepareStatement("SELECT 1")) {
          reset.setQueryTimeout(0);
        }
      }
    }
  }

  private static Optional<StatusCounts> counts(Connection c, String named, String who, AsOf asOf, int timeoutSeconds)
      throws SQLException {
    LocalDateTime end = LocalDateTime.ofInstant(asOf.endOfDay(), ZoneOffset.UTC);
    List<Object> values = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(":(asOf|end|dueThrough|who)\\b").matcher(named);
    StringBuilder text = new StringBuilder();
    while (m.find()) {
      values.add(switch (m.group(1)) {
        case "asOf" -> asOf.date();
        case "end" -> end;
        case "dueThrough" -> asOf.dueSoonThrough();
        default -> who;
      });
      m.appendReplacement(text, "?");
    }
    m.appendTail(text);
    try (PreparedStatement ps = c.prepareStatement(text.toString())) {
      ps.setQueryTimeout(timeoutSeconds);
      for (int i = 0; i < values.size(); i++) {
        ps.setObject(i + 1, values.get(i));
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
