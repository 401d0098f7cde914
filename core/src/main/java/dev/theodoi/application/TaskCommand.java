package dev.theodoi.application;

import dev.theodoi.domain.task.TaskId;

/** A command on an existing task, made against the version the caller last read. */
public interface TaskCommand {
  /** The task. */
  TaskId task();

  /**
   * The version the caller read the task at; a command on an older version fails with
   * {@link dev.theodoi.port.ConcurrentChangeException}.
   */
  long expectedVersion();
}
