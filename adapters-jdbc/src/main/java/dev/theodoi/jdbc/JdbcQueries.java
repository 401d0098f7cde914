package dev.theodoi.jdbc;

import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.directory.UnitId;
import dev.theodoi.domain.document.DocumentId;
import dev.theodoi.domain.status.StatusCounts;
import dev.theodoi.domain.status.TaskStatus;
import dev.theodoi.domain.task.Responsibility;
import dev.theodoi.domain.task.TaskId;
import dev.theodoi.port.AsOf;
import dev.theodoi.port.Grouping;
import dev.theodoi.port.Page;
import dev.theodoi.port.PageRequest;
import dev.theodoi.port.Period;
import dev.theodoi.port.Scope;
import dev.theodoi.port.StatisticsRow;
import dev.theodoi.port.TaskFilter;
import dev.theodoi.port.TaskQueries;
import dev.theodoi.port.TaskRow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboards in SQL: each row of a scope (a task with its lead unit, or an assignment) gets its effective
 * deadline on the as-of date (the newest extension approved before the end of that day, else the original) and
 * the completion that counts by then from the {@code assignment_period} row in force that day; a CASE gives the status;
 * counts are one aggregate query and lists are paged by the database. The same semantics as the in-memory store,
 * which the contract suite checks.
 */
final class JdbcQueries implements TaskQueries {
  private static final int ON_TIME = 0;
  private static final int LATE = 1;
  private static final int IN_PROGRESS = 2;
  private static final int OVERDUE = 3;
  /** The period of {@code %s} holds the end of the as-of day: the row in force on that date. */
  private static final String IN_FORCE = "%s.from_at < :end AND (%s.until_at IS NULL OR %s.until_at >= :end)";
  /**
   * The status rules as conditions on a row's effective deadline (z.eff) and counted completion (z.done_on), in
   * the order of the status codes; each row meets exactly one. Written out rather than derived from a status
   * column, so the database evaluates each as a plain comparison (a computed column is inlined into every use).
   */
  private static final List<String> STATUS = List.of(
      "z.done_on IS NOT NULL AND (z.eff IS NULL OR z.done_on <= z.eff)",
      "z.done_on > z.eff",
      "z.done_on IS NULL AND (z.eff IS NULL OR z.eff >= :asOf)",
      "z.done_on IS NULL AND z.eff < :asOf");
  private static final String DUE_SOON = "(z.done_on IS NULL AND z.eff >= :asOf AND z.eff <= :dueThrough)";

  private final JdbcStore store;
  private final Sql sql;

  JdbcQueries(JdbcStore store, Sql sql) {
    this.store = store;
    this.sql = sql;
  }

  /** One query under construction: its text and its parameters. */
  private final class Statement {
    final StringBuilder where = new StringBuilder();
    final List<String> rowConditions = new ArrayList<>();
    final Map<String, Object> params = new HashMap<>();

    Statement(AsOf asOf) {
      params.put("asOf", asOf.date());
      params.put("end", Sql.ts(asOf.endOfDay()));
      params.put("dueThrough", asOf.dueSoonThrough());
    }

    void and(String condition) {
      where.append(" AND ").append(condition);
    }

    /** Whether a condition or column needs the task row itself (its leader, specialist or document). */
    boolean joinTask;

    /** The rows the scope reads; by default every assignment's period in force ({@code p}). */
    String from = "${p}assignment_period p";

    /**
     * The rows of a scope on the as-of date with their effective deadline (eff) and counted completion (done_on):
     * the {@code assignment_period} row in force at the end of the day (schema version 3), one per
     * assignment of a task created and not withdrawn by then.
     */
    String rows() {
      return sql.of("SELECT p.task_id AS task_id, p.unit_id AS unit_id, "
          + (joinTask ? "t.directing_leader AS directing_leader, " : "")
          + "p.deadline AS eff, CASE WHEN p.completed_on <= :asOf AND p.completion_reported_at < :end"
          + " THEN p.completed_on END AS done_on FROM " + from
          + (joinTask ? " JOIN ${p}task t ON t.id = p.task_id" : "")
          + " WHERE " + IN_FORCE.replace("%s", "p") + where);
    }

    String rowWhere() {
      return rowConditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", rowConditions);
    }
  }

  private Statement statement(Scope scope, TaskFilter f, AsOf asOf) {
    Statement s = new Statement(asOf);
    if (scope instanceof Scope.AllTasks) {
      s.and("p.lead_marker = 'Y'");
    } else if (scope instanceof Scope.UnitAssignments u) {
      s.and("p.unit_id = :scopeUnit");
      s.params.put("scopeUnit", u.unit().value());
    } else if (scope instanceof Scope.OfficialAssignments o) {
      // Driven from the official's assignee rows, one probe each. PostgreSQL's default costs prefer hashing a
      // scan of every period (10x slower); a LATERAL subquery it cannot flatten (OFFSET 0) keeps the probes.
      s.from = sql.dialect == Dialect.POSTGRESQL
          ? "${p}assignee s CROSS JOIN LATERAL (SELECT * FROM ${p}assignment_period p0 WHERE p0.task_id = s.task_id"
              + " AND p0.unit_id = s.unit_id AND " + IN_FORCE.replace("%s", "p0") + " OFFSET 0) p"
          : "${p}assignee s JOIN ${p}assignment_period p ON p.task_id = s.task_id AND p.unit_id = s.unit_id";
      s.and("s.official_id = :scopeOfficial");
      s.params.put("scopeOfficial", o.official().value());
    }
    f.unit().ifPresent(u -> {
      s.and(sql.of("EXISTS (SELECT 1 FROM ${p}assignment fu WHERE fu.task_id = p.task_id AND fu.unit_id = :fUnit)"));
      s.params.put("fUnit", u.value());
    });
    f.directingLeader().ifPresent(l -> {
      s.joinTask = true;
      s.and("t.directing_leader = :fLeader");
      s.params.put("fLeader", l.value());
    });
    f.trackingSpecialist().ifPresent(l -> {
      s.joinTask = true;
      s.and("t.tracking_specialist = :fSpecialist");
      s.params.put("fSpecialist", l.value());
    });
    f.document().ifPresent(d -> {
      s.joinTask = true;
      s.and("t.document_id = :fDocument");
      s.params.put("fDocument", d.value());
    });
    f.status().ifPresent(st -> {
      s.rowConditions.add("(" + STATUS.get(code(st)) + ")");
    });
    if (f.dueSoon()) {
      s.rowConditions.add(DUE_SOON);
    }
    if (f.noDeadline()) {
      s.rowConditions.add("z.eff IS NULL");
    }
    f.deadlineFrom().ifPresent(d -> {
      s.rowConditions.add("z.eff >= :fFrom");
      s.params.put("fFrom", d);
    });
    f.deadlineTo().ifPresent(d -> {
      s.rowConditions.add("z.eff <= :fTo");
      s.params.put("fTo", d);
    });
    return s;
  }

  private static String sums() {
    return "COUNT(*) AS total,"
        + " COALESCE(SUM(CASE WHEN " + STATUS.get(ON_TIME) + " THEN 1 ELSE 0 END), 0) AS on_time,"
        + " COALESCE(SUM(CASE WHEN " + STATUS.get(LATE) + " THEN 1 ELSE 0 END), 0) AS late,"
        + " COALESCE(SUM(CASE WHEN " + STATUS.get(IN_PROGRESS) + " THEN 1 ELSE 0 END), 0) AS in_progress,"
        + " COALESCE(SUM(CASE WHEN " + STATUS.get(OVERDUE) + " THEN 1 ELSE 0 END), 0) AS overdue,"
        + " COALESCE(SUM(CASE WHEN " + DUE_SOON + " THEN 1 ELSE 0 END), 0) AS due_soon,"
        + " COALESCE(SUM(CASE WHEN z.eff IS NULL THEN 1 ELSE 0 END), 0) AS no_deadline";
  }

  private static StatusCounts counts(ResultSet rs) throws SQLException {
    return new StatusCounts(rs.getLong("total"), rs.getLong("on_time"), rs.getLong("late"), rs.getLong("in_progress"),
        rs.getLong("overdue"), rs.getLong("due_soon"), rs.getLong("no_deadline"));
  }

  @Override
  public StatusCounts counts(Scope scope, TaskFilter filter, AsOf asOf) {
    Statement s = statement(scope, filter, asOf);
    String query = "SELECT " + sums() + " FROM (" + s.rows() + ") z" + s.rowWhere();
    return store.withHandle(h -> h.createQuery(query).bindMap(s.params).map((rs, ctx) -> counts(rs)).one());
  }

  @Override
  public Page<TaskRow> list(Scope scope, TaskFilter filter, AsOf asOf, PageRequest page) {
    Statement s = statement(scope, filter, asOf);
    String rows = s.rows();
    String collate = sql.dialect.binaryOrder();
    // The page is chosen on the narrow rows (keys, deadline, status); only its rows are then joined to the task,
    // assignment and document columns, so a page costs about what its count costs, whatever the page size of text.
    String order = " ORDER BY CASE WHEN %1$s.eff IS NULL THEN 1 ELSE 0 END, %1$s.eff, %1$s.task_id" + collate
        + ", %1$s.unit_id" + collate;
    String keys = "SELECT z.task_id, z.unit_id, z.eff, z.done_on, CASE WHEN " + STATUS.get(ON_TIME) + " THEN 0 WHEN "
        + STATUS.get(LATE) + " THEN 1 WHEN " + STATUS.get(IN_PROGRESS) + " THEN 2 ELSE 3 END AS st,"
        + " CASE WHEN " + DUE_SOON + " THEN 1 ELSE 0 END AS ds FROM (" + rows + ") z" + s.rowWhere()
        + String.format(order, "z") + " LIMIT :limit OFFSET :offset";
    String query = sql.of("SELECT k.*, t.version AS version, t.document_id AS document_id,"
        + " t.directing_leader AS directing_leader,"
        + " d.number_text AS number_text, a.responsibility AS responsibility, t.tracking_content AS tracking_content,"
        + " t.tracking_specialist AS tracking_specialist FROM (" + keys + ") k"
        + " JOIN ${p}task t ON t.id = k.task_id JOIN ${p}assignment a ON a.task_id = k.task_id AND a.unit_id = k.unit_id"
        + " JOIN ${p}document d ON d.id = t.document_id" + String.format(order, "k"));
    String total = "SELECT COUNT(*) FROM (" + rows + ") z" + s.rowWhere();
    return store.withHandle(h -> {
      long count = h.createQuery(total).bindMap(s.params).mapTo(Long.class).one();
      List<TaskRow> items = h.createQuery(query).bindMap(s.params)
          .bind("limit", page.size()).bind("offset", page.offset())
          .map((rs, ctx) -> row(rs)).list();
      return new Page<>(items, page, count);
    });
  }

  @Override
  public List<StatisticsRow> statistics(Grouping grouping, Period period, AsOf asOfEnd) {
    Statement s = statement(grouping == Grouping.UNIT ? Scope.allAssignments() : Scope.allTasks(), TaskFilter.NONE,
        asOfEnd);
    s.and("p.task_created_at >= :periodStart");
    s.joinTask = grouping == Grouping.DIRECTING_LEADER;
    s.params.put("periodStart", Sql.ts(period.from().atStartOfDay(asOfEnd.zone()).toInstant()));
    s.params.put("pFrom", period.from());
    s.params.put("pTo", period.to());
    String key = grouping == Grouping.UNIT ? "z.unit_id" : "z.directing_leader";
    String query = "SELECT " + key + " AS k, " + sums() + ","
        + " COALESCE(SUM(CASE WHEN z.eff >= :pFrom AND z.eff <= :pTo THEN 1 ELSE 0 END), 0) AS due,"
        + " COALESCE(SUM(CASE WHEN z.eff >= :pFrom AND z.eff <= :pTo AND " + STATUS.get(ON_TIME)
        + " THEN 1 ELSE 0 END), 0) AS due_on_time"
        + " FROM (" + s.rows() + ") z GROUP BY " + key + " ORDER BY " + key + sql.dialect.binaryOrder();
    return store.withHandle(h -> h.createQuery(query).bindMap(s.params)
        .map((rs, ctx) -> new StatisticsRow(rs.getString("k"), counts(rs), rs.getLong("due"), rs.getLong("due_on_time")))
        .list());
  }

  private static TaskRow row(ResultSet rs) throws SQLException {
    int st = rs.getInt("st");
    Optional<java.time.LocalDate> eff = Optional.ofNullable(Sql.date(rs, "eff"));
    Optional<java.time.LocalDate> done = st <= LATE ? Optional.ofNullable(Sql.date(rs, "done_on")) : Optional.empty();
    TaskStatus status = switch (st) {
      case ON_TIME -> TaskStatus.COMPLETED_ON_TIME;
      case LATE -> TaskStatus.COMPLETED_LATE;
      case IN_PROGRESS -> TaskStatus.IN_PROGRESS;
      case OVERDUE -> TaskStatus.OVERDUE;
      default -> throw new IllegalStateException("unknown status code " + st);
    };
    boolean dueSoon = rs.getInt("ds") == 1;
    return new TaskRow(TaskId.of(rs.getString("task_id")), rs.getLong("version"),
        DocumentId.of(rs.getString("document_id")), rs.getString("number_text"), UnitId.of(rs.getString("unit_id")),
        Responsibility.valueOf(rs.getString("responsibility")), rs.getString("tracking_content"),
        OfficialId.of(rs.getString("directing_leader")), OfficialId.of(rs.getString("tracking_specialist")), eff,
        status, dueSoon, done);
  }

  private static int code(TaskStatus s) {
    return switch (s) {
      case COMPLETED_ON_TIME -> ON_TIME;
      case COMPLETED_LATE -> LATE;
      case IN_PROGRESS -> IN_PROGRESS;
      case OVERDUE -> OVERDUE;
    };
  }
}
