package dev.theodoi.jdbc;

import dev.theodoi.domain.directory.UnitId;
import dev.theodoi.domain.task.TaskId;
import dev.theodoi.port.ReminderLog;
import java.time.LocalDate;

/** Sent reminders in {@code <prefix>reminder}; the primary key makes each one unique. */
final class JdbcReminderLog implements ReminderLog {
  private final JdbcStore store;
  private final String exists;
  private final String insert;

  JdbcReminderLog(JdbcStore store, Sql sql) {
    this.store = store;
    exists = sql.of("SELECT COUNT(*) FROM ${p}reminder WHERE task_id = :task AND unit_id = :unit AND step = :step"
        + " AND deadline = :deadline");
    insert = sql.of("INSERT INTO ${p}reminder (task_id, unit_id, step, deadline) VALUES (:task, :unit, :step, :deadline)");
  }

  @Override
  public boolean markSent(TaskId task, UnitId unit, String stepCode, LocalDate deadline) {
    return store.write(h -> {
      if (count(h, task, unit, stepCode, deadline) > 0) {
        return false;
      }
      h.createUpdate(insert).bind("task", task.value()).bind("unit", unit.value()).bind("step", stepCode)
          .bind("deadline", deadline).execute();
      return true;
    });
  }

  @Override
  public boolean wasSent(TaskId task, UnitId unit, String stepCode, LocalDate deadline) {
    return store.withHandle(h -> count(h, task, unit, stepCode, deadline) > 0);
  }

  private int count(org.jdbi.v3.core.Handle h, TaskId task, UnitId unit, String step, LocalDate deadline) {
    return h.createQuery(exists).bind("task", task.value()).bind("unit", unit.value()).bind("step", step)
        .bind("deadline", deadline).mapTo(Integer.class).one();
  }
}
