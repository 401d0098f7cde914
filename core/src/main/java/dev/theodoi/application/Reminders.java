package dev.theodoi.application;

import com.google.common.collect.ImmutableSet;
import dev.theodoi.domain.directory.Official;
import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.directory.Role;
import dev.theodoi.domain.status.TaskStatus;
import dev.theodoi.port.AsOf;
import dev.theodoi.port.Notifier;
import dev.theodoi.port.Page;
import dev.theodoi.port.PageRequest;
import dev.theodoi.port.Reminder;
import dev.theodoi.port.ReminderStep;
import dev.theodoi.port.Scope;
import dev.theodoi.port.TaskFilter;
import dev.theodoi.port.TaskRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Đôn đốc: finds the open assignments that are due soon or overdue on a date and hands each to the
 * {@link Notifier} once per step of the {@link ReminderPolicy}. Running it again for the same date sends
 * nothing new. Meant for a scheduled job of the host. Thread-safe.
 */
public final class Reminders {
  private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);
  private final Support support;
  private final ReminderPolicy policy;
  private final Notifier notifier;

  Reminders(Support support, ReminderPolicy policy, Notifier notifier) {
    this.support = support;
    this.policy = policy;
    this.notifier = notifier;
  }

  /**
   * Sends the reminders due on {@code asOf}, in one transaction: if the notifier throws, none of the run is
   * recorded as sent (those already handed over may be sent again next run).
   *
   * @return the reminders sent by this run, sorted by deadline
   */
  public List<Reminder> run(LocalDate asOf) {
    AsOf when = support.asOf(asOf);
    LocalDate horizon = policy.horizon(asOf, support.calendar());
    return support.inTransaction(() -> {
      List<Reminder> sent = new ArrayList<>();
      for (TaskStatus status : List.of(TaskStatus.OVERDUE, TaskStatus.IN_PROGRESS)) {
        TaskFilter filter = TaskFilter.NONE.withStatus(status);
        if (status == TaskStatus.IN_PROGRESS) {
          filter = filter.withDeadlineBetween(asOf, horizon);
        }
        for (int page = 1; ; page++) {
          Page<TaskRow> rows = support.store.queries().list(Scope.allAssignments(), filter, when,
              new PageRequest(page, PageRequest.MAX_SIZE));
          for (TaskRow row : rows.items()) {
            remind(row, asOf).ifPresent(sent::add);
          }
          if (page >= rows.totalPages()) {
            break;
          }
        }
      }
      LOG.info("Reminder run for {}: {} reminders sent", asOf, sent.size());
      return List.copyOf(sent);
    });
  }

  private Optional<Reminder> remind(TaskRow row, LocalDate asOf) {
    LocalDate deadline = row.deadline().orElse(null);
    if (deadline == null) {
      return Optional.empty();
    }
    Optional<ReminderStep> step = policy.stepFor(asOf, deadline, support.calendar());
    if (step.isEmpty() || !support.store.reminderLog().markSent(row.task(), row.unit(), step.get().code(), deadline)) {
      return Optional.empty();
    }
    Reminder reminder = new Reminder(row.task(), row.unit(), recipients(row), step.get(), asOf, deadline,
        row.status(), row.trackingContent());
    notifier.remind(reminder);
    return Optional.of(reminder);
  }

  private Set<OfficialId> recipients(TaskRow row) {
    Set<OfficialId> assignees = support.store.tasks().find(row.task())
        .flatMap(t -> t.assignment(row.unit()))
        .map(a -> a.assignees())
        .orElse(Set.of());
    if (!assignees.isEmpty()) {
      return assignees;
    }
    return support.directory.officialsOf(row.unit()).stream()
        .filter(o -> o.hasRole(Role.LEADER))
        .map(Official::id)
        .collect(ImmutableSet.toImmutableSet());
  }
}
