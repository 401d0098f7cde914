package dev.theodoi.port;

/**
 * Everything the library keeps, from one source that shares one transaction boundary: the in-memory store or
 * the JDBC store. Implementations are thread-safe.
 */
public interface TrackingStore {
  Documents documents();

  Tasks tasks();

  TaskHistory history();

  ReminderLog reminderLog();

  TaskQueries queries();

  Transactions transactions();
}
