package dev.theodoi.application;

import dev.theodoi.domain.task.Assignment;
import dev.theodoi.domain.task.Completion;
import dev.theodoi.domain.task.ExtensionRequest;
import dev.theodoi.domain.task.ProgressReport;
import dev.theodoi.domain.task.Task;
import dev.theodoi.port.ChangeKind;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A unit's work on its assignments: progress reports, completion, extension requests. A unit official acts on
 * the assignments they are responsible for; a unit leader on any of the unit's. Thread-safe.
 */
public final class Reporting {
  private final Support support;
  private final AccessRules access;
  private final TaskDesk desk;

  Reporting(Support support, AccessRules access, TaskDesk desk) {
    this.support = support;
    this.access = access;
    this.desk = desk;
  }

  /**
   * Báo cáo tiến độ: adds a progress report to the unit's assignment.
   *
   * @throws AccessDeniedException if the actor is not responsible for that assignment
   * @throws ValidationException if the unit is not assigned, the text is blank or too long, or the task was
   *     withdrawn
   * @throws dev.theodoi.port.ConcurrentChangeException if the task changed since {@code expectedVersion}
   */
  public Task reportProgress(Actor actor, ReportProgressCommand c) {
    return desk.change(actor, c, Action.REPORT_PROGRESS, (task, problems, changes) -> {
      Assignment assignment = desk.assignment(task, c.unit());
      access.onlyResponsibleForTheAssignment(actor, Action.REPORT_PROGRESS, assignment);
      ProgressReport report = new ProgressReport(actor.official(), support.now(), c.text(),
          Optional.ofNullable(c.resultDocument()).filter(s -> !s.isBlank()));
      changes.unit(ChangeKind.PROGRESS_REPORTED, c.unit(), "report", null, c.text());
      return task.withAssignment(c.unit(), a -> a.withReport(report));
    });
  }

  /**
   * Báo cáo hoàn thành: the unit's assignment is complete on {@code completedOn} (today if null).
   *
   * @throws ValidationException if already reported and not returned, the date is in the future or before
   *     the task was created, or the task was withdrawn
   */
  public Task reportCompletion(Actor actor, ReportCompletionCommand c) {
    return desk.change(actor, c, Action.REPORT_COMPLETION, (task, problems, changes) -> {
      Assignment assignment = desk.assignment(task, c.unit());
      access.onlyResponsibleForTheAssignment(actor, Action.REPORT_COMPLETION, assignment);
      LocalDate today = support.today();
      LocalDate on = c.completedOn() != null ? c.completedOn() : today;
      LocalDate created = LocalDate.ofInstant(task.createdAt(), support.zone);
      if (assignment.currentCompletion().isPresent()) {
        problems.add("unit", "completion.already.reported", c.unit());
      }
      if (on.isAfter(today)) {
        problems.add("completedOn", "completion.in.future", on, today);
      }
      if (on.isBefore(created)) {
        problems.add("completedOn", "completion.before.assignment", on, created);
      }
      problems.throwIfAny();
      Completion completion = new Completion(on, actor.official(), support.now(),
          Optional.ofNullable(c.resultDocument()).filter(s -> !s.isBlank()), Optional.empty());
      changes.unit(ChangeKind.COMPLETION_REPORTED, c.unit(), "completion", null, on);
      return task.withAssignment(c.unit(), a -> a.withCompletion(completion));
    });
  }

  /**
   * Đề nghị gia hạn: the lead unit asks for a later deadline, on or before the current deadline.
   *
   * @throws ValidationException if the unit is not the lead, the task has no deadline, a request is pending,
   *     the deadline has passed, the task is completed, or the new date is not after the current deadline
   */
  public Task requestExtension(Actor actor, RequestExtensionCommand c) {
    return desk.change(actor, c, Action.REQUEST_EXTENSION, (task, problems, changes) -> {
      Assignment lead = task.lead();
      access.onlyResponsibleForTheAssignment(actor, Action.REQUEST_EXTENSION, lead);
      if (!actor.unit().equals(lead.unit())) {
        Support.Problems.refuse("task", "extension.lead.only");
      }
      Optional<LocalDate> current = task.currentDeadline();
      if (current.isEmpty()) {
        Support.Problems.refuse("task", "extension.no.deadline");
      }
      LocalDate today = support.today();
      if (task.pendingExtension().isPresent()) {
        problems.add("task", "extension.pending");
      }
      if (lead.currentCompletion().isPresent()) {
        problems.add("task", "already.completed");
      }
      if (today.isAfter(current.get())) {
        problems.add("task", "extension.deadline.passed", current.get());
      }
      if (!c.newDeadline().isAfter(current.get())) {
        problems.add("newDeadline", "extension.not.after.deadline", c.newDeadline(), current.get());
      }
      problems.throwIfAny();
      changes.event(ChangeKind.EXTENSION_REQUESTED, "extension", current.get(), c.newDeadline() + ": " + c.reason());
      return task.withExtensionRequest(new ExtensionRequest(c.newDeadline(), c.reason(), actor.official(),
          support.now(), Optional.empty()));
    });
  }
}
