package dev.theodoi.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 3.1: the {@code assignment_period} rows of the tasks stored before version 3, derived from their
 * history with the same {@link DeadlinePeriods} the store writes them with. Reads the tasks in pages of
 * {@value #PAGE} by id, so memory stays bounded whatever their number. Runs in Flyway's transaction.
 */
final class V3_1__Assignment_periods_from_history extends BaseJavaMigration {
  private static final int PAGE = 1000;
  private final String prefix;

  V3_1__Assignment_periods_from_history(String prefix) {
    this.prefix = prefix;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    String p = prefix;
    try (PreparedStatement first = c.prepareStatement("SELECT id, created_at, withdrawn_at, deadline FROM " + p
            + "task ORDER BY id LIMIT " + PAGE);
         PreparedStatement next = c.prepareStatement("SELECT id, created_at, withdrawn_at, deadline FROM " + p
            + "task WHERE id > ? ORDER BY id LIMIT " + PAGE);
         PreparedStatement approvals = c.prepareStatement("SELECT task_id, seq, decided_at, requested_deadline FROM "
            + p + "extension WHERE verdict = 'APPROVED' AND task_id >= ? AND task_id <= ?");
         PreparedStatement assignments = c.prepareStatement("SELECT task_id, unit_id, lead_marker FROM " + p
            + "assignment WHERE task_id >= ? AND task_id <= ?");
         PreparedStatement completions = c.prepareStatement("SELECT task_id, unit_id, completed_on, reported_at,"
            + " review_outcome FROM " + p + "completion WHERE task_id >= ? AND task_id <= ? ORDER BY task_id, unit_id,"
            + " seq");
         PreparedStatement insert = c.prepareStatement(DeadlinePeriods.insert(p))) {
      String after = null;
      while (true) {
        PreparedStatement page = after == null ? first : next;
        if (after != null) {
          next.setString(1, after);
        }
        Map<String, TaskRow> tasks = new LinkedHashMap<>();
        try (ResultSet rs = page.executeQuery()) {
          while (rs.next()) {
            tasks.put(rs.getString(1), new TaskRow(instant(rs, 2), instant(rs, 3), rs.getObject(4, LocalDate.class),
                new ArrayList<>()));
          }
        }
        if (tasks.isEmpty()) {
          return;
        }
        String low = tasks.keySet().iterator().next();
        String high = new ArrayList<>(tasks.keySet()).get(tasks.size() - 1);
        each(approvals, low, high, rs -> {
          TaskRow t = tasks.get(rs.getString(1));
          if (t != null) {
            t.approvals.add(new DeadlinePeriods.Approval(instant(rs, 3), rs.getInt(2), rs.getObject(4, LocalDate.class)));
          }
        });
        // The standing completion of each assignment: its last one, unless it was returned.
        Map<String, Standing> standing = new HashMap<>();
        each(completions, low, high, rs -> standing.put(rs.getString(1) + "\u0000" + rs.getString(2),
            "RETURNED".equals(rs.getString(5)) ? null : new Standing(rs.getObject(3, LocalDate.class), instant(rs, 4))));
        each(assignments, low, high, rs -> {
          String task = rs.getString(1);
          String unit = rs.getString(2);
          TaskRow t = tasks.get(task);
          if (t != null) {
            Standing done = standing.get(task + "\u0000" + unit);
            DeadlinePeriods.addRows(insert, task, unit, "Y".equals(rs.getString(3)), t.created,
                DeadlinePeriods.of(t.created, t.withdrawn, t.deadline, t.approvals),
                done == null ? null : done.completedOn, done == null ? null : done.reportedAt);
          }
        });
        insert.executeBatch();
        after = high;
      }
    }
  }

  /** One row of a result. */
  @FunctionalInterface
  private interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }

  /** Reads every row of {@code query} for the task ids from {@code low} to {@code high}. */
  private static void each(PreparedStatement query, String low, String high, RowReader reader) throws SQLException {
    query.setString(1, low);
    query.setString(2, high);
    try (ResultSet rs = query.executeQuery()) {
      while (rs.next()) {
        reader.read(rs);
      }
    }
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    LocalDateTime t = rs.getObject(column, LocalDateTime.class);
    return t == null ? null : t.toInstant(ZoneOffset.UTC);
  }

  private record Standing(LocalDate completedOn, Instant reportedAt) {}

  private record TaskRow(Instant created, Instant withdrawn, LocalDate deadline,
      List<DeadlinePeriods.Approval> approvals) {}
}
