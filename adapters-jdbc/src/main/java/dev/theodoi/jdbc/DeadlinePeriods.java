package dev.theodoi.jdbc;

import dev.theodoi.domain.task.ExtensionRequest;
import dev.theodoi.domain.task.Task;
import dev.theodoi.domain.task.Withdrawal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The periods of a task's life in which one deadline is in force, as the {@code assignment_period} table keeps
 * them (one row per period and unit). A dashboard asked about date T takes, with e the first instant after T in the
 * office's zone, the row whose period holds e: {@code from < e ≤ until} (until open when null). The task counts
 * from its creation until its withdrawal; each approved extension starts a new period at its decision, in the
 * order {@code decided_at, seq} (so the later request wins a tie, as in the status rules' "newest approval").
 */
final class DeadlinePeriods {
  private DeadlinePeriods() {}

  /** One period: from (exclusive) to until (inclusive; null for open), with the deadline then in force. */
  record Period(int seq, Instant from, Instant until, LocalDate deadline) {}

  /** One approved extension: its decision instant, its position among the task's requests, the date it set. */
  record Approval(Instant decidedAt, int seq, LocalDate deadline) {}

  /** The periods of a task. */
  static List<Period> of(Task task) {
    List<Approval> approvals = new ArrayList<>();
    List<ExtensionRequest> extensions = task.extensions();
    for (int i = 0; i < extensions.size(); i++) {
      ExtensionRequest e = extensions.get(i);
      if (e.isApproved()) {
        approvals.add(new Approval(e.decision().orElseThrow().decidedAt(), i, e.requestedDeadline()));
      }
    }
    return of(task.createdAt(), task.withdrawal().map(Withdrawal::withdrawnAt).orElse(null),
        task.deadline().orElse(null), approvals);
  }

  /**
   * The periods of a task created at {@code created}, withdrawn at {@code withdrawn} (or null), with the original
   * {@code deadline} (or null) and these approvals, in any order. Empty when it was withdrawn before it was created.
   */
  static List<Period> of(Instant created, Instant withdrawn, LocalDate deadline, List<Approval> approvals) {
    List<Approval> ordered = approvals.stream()
        .sorted(Comparator.comparing(Approval::decidedAt).thenComparingInt(Approval::seq)).toList();
    List<Instant> starts = new ArrayList<>();
    List<LocalDate> deadlines = new ArrayList<>();
    starts.add(created);
    deadlines.add(deadline);
    for (Approval a : ordered) {
      int last = starts.size() - 1;
      if (!a.decidedAt().isAfter(starts.get(last))) {
        deadlines.set(last, a.deadline()); // approved by the time this period starts: in force throughout it
      } else {
        starts.add(a.decidedAt());
        deadlines.add(a.deadline());
      }
    }
    List<Period> periods = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      Instant from = starts.get(i);
      Instant until = i + 1 < starts.size() ? starts.get(i + 1) : null;
      if (withdrawn != null) {
        if (!withdrawn.isAfter(from)) {
          break;
        }
        if (until == null || withdrawn.isBefore(until)) {
          until = withdrawn;
        }
      }
      periods.add(new Period(i, from, until, deadlines.get(i)));
    }
    return periods;
  }

  /** The statement {@link #addRows} binds, for tables with {@code prefix}. */
  static String insert(String prefix) {
    return "INSERT INTO " + prefix + "assignment_period (task_id, unit_id, seq, lead_marker, task_created_at, from_at,"
        + " until_at, deadline, completed_on, completion_reported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  }

  /**
   * Adds one unit's rows to a batch of {@link #insert}: one per period, each with the unit's standing completion
   * ({@code completedOn} and {@code reportedAt} both null when none stands).
   *
   * @return the number of rows added
   */
  static int addRows(PreparedStatement ps, String task, String unit, boolean lead, Instant created,
      List<Period> periods, LocalDate completedOn, Instant reportedAt) throws SQLException {
    for (Period p : periods) {
      ps.setString(1, task);
      ps.setString(2, unit);
      ps.setInt(3, p.seq());
      if (lead) {
        ps.setString(4, "Y");
      } else {
        ps.setNull(4, Types.CHAR);
      }
      ps.setObject(5, Sql.ts(created));
      ps.setObject(6, Sql.ts(p.from()));
      setOrNull(ps, 7, Sql.ts(p.until()), Types.TIMESTAMP);
      setOrNull(ps, 8, p.deadline(), Types.DATE);
      setOrNull(ps, 9, completedOn, Types.DATE);
      setOrNull(ps, 10, Sql.ts(reportedAt), Types.TIMESTAMP);
      ps.addBatch();
    }
    return periods.size();
  }

  private static void setOrNull(PreparedStatement ps, int index, Object value, int type) throws SQLException {
    if (value == null) {
      ps.setNull(index, type);
    } else {
      ps.setObject(index, value);
    }
  }
}
