package dev.theodoi.contract;

import static dev.theodoi.testing.Fixtures.EDUCATION;
import static dev.theodoi.testing.Fixtures.HEALTH;
import static dev.theodoi.testing.Fixtures.d2026;
import static org.assertj.core.api.Assertions.assertThat;

import dev.theodoi.domain.task.TaskId;
import org.junit.jupiter.api.Test;

/** The contract of {@link dev.theodoi.port.ReminderLog}: each reminder is marked once. */
public abstract class ReminderLogContract extends StoreContract {
  private static final TaskId TASK = TaskId.of("t-1");

  @Test
  void aReminderIsMarkedSentOnce() {
    assertThat(tx(() -> store.reminderLog().markSent(TASK, HEALTH.id(), "before-3", d2026(6, 30)))).isTrue();
    assertThat(tx(() -> store.reminderLog().markSent(TASK, HEALTH.id(), "before-3", d2026(6, 30)))).isFalse();
    assertThat(store.reminderLog().wasSent(TASK, HEALTH.id(), "before-3", d2026(6, 30))).isTrue();
  }

  @Test
  void anotherStepUnitOrDeadlineIsAnotherReminder() {
    tx(() -> store.reminderLog().markSent(TASK, HEALTH.id(), "before-3", d2026(6, 30)));

    assertThat(store.reminderLog().wasSent(TASK, HEALTH.id(), "on-day", d2026(6, 30))).isFalse();
    assertThat(store.reminderLog().wasSent(TASK, EDUCATION.id(), "before-3", d2026(6, 30))).isFalse();
    assertThat(store.reminderLog().wasSent(TASK, HEALTH.id(), "before-3", d2026(7, 31))).isFalse();
    assertThat(tx(() -> store.reminderLog().markSent(TASK, HEALTH.id(), "before-3", d2026(7, 31)))).isTrue();
  }
}
