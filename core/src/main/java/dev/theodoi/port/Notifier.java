package dev.theodoi.port;

/**
 * Delivers reminders (đôn đốc) by whatever channel the host uses: e-mail, SMS, the host's inbox. Called
 * inside the reminder run's transaction, once per reminder; an exception aborts the run and nothing of it
 * is recorded as sent. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Notifier {
  void remind(Reminder reminder);
}
