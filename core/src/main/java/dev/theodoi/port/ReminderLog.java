package dev.theodoi.port;

import dev.theodoi.domain.directory.UnitId;
import dev.theodoi.domain.task.TaskId;
import java.time.LocalDate;

/** Which reminders were sent, so a run repeated for the same date sends nothing new. Thread-safe. */
public interface ReminderLog {
  /**
   * Records that a reminder was sent, if it was not already.
   *
   * @param deadline the effective deadline the reminder was about (an extension starts the steps afresh)
   * @return true if newly recorded, false if it had been sent already
   */
  boolean markSent(TaskId task, UnitId unit, String stepCode, LocalDate deadline);

  /** Whether that reminder was sent. */
  boolean wasSent(TaskId task, UnitId unit, String stepCode, LocalDate deadline);
}
