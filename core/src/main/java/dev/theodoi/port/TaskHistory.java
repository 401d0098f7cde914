package dev.theodoi.port;

import dev.theodoi.domain.task.TaskId;
import java.util.List;

/** The append-only change history of tasks. Thread-safe; appends happen inside a transaction. */
public interface TaskHistory {
  /** Appends entries; they are never changed or removed. */
  void append(List<HistoryEntry> entries);

  /** One task's history, oldest first (in the order appended). */
  List<HistoryEntry> of(TaskId task);
}
