package dev.theodoi.application;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.theodoi.domain.calendar.CalendarNotCoveredException;
import dev.theodoi.domain.directory.Official;
import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.directory.Role;
import dev.theodoi.domain.directory.UnitId;
import dev.theodoi.domain.document.Document;
import dev.theodoi.domain.task.Assignment;
import dev.theodoi.domain.task.CompletionReview;
import dev.theodoi.domain.task.Responsibility;
import dev.theodoi.domain.task.ReviewOutcome;
import dev.theodoi.domain.task.Task;
import dev.theodoi.domain.task.TaskId;
import dev.theodoi.domain.task.Withdrawal;
import dev.theodoi.port.ChangeKind;
import dev.theodoi.port.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The office specialist's work on tasks: create and assign (GIAO VIỆC), edit, reassign, withdraw, and confirm
 * or return completions. Thread-safe.
 */
public final class TaskDesk {
  private static final Logger LOG = LoggerFactory.getLogger(TaskDesk.class);
  private final Support support;
  private final AccessRules access;

  TaskDesk(Support support, AccessRules access) {
    this.support = support;
    this.access = access;
  }

  /**
   * Creates and assigns one task. See {@link #create(Actor, List)}.
   */
  public Task create(Actor actor, CreateTaskCommand command) {
    return create(actor, List.of(command)).get(0);
  }

  /**
   * Creates and assigns tasks, all or none: the acting office specialist must have received each document.
   *
   * @return the stored tasks, at version 1, in the order of the commands
   * @throws AccessDeniedException if the actor is not an office specialist or a document was not forwarded
   *     to them
   * @throws ValidationException listing every problem: missing fields, unknown document, units or officials,
   *     officials outside their unit, a unit assigned twice, a deadline before the issue date, …
   */
  public List<Task> create(Actor actor, List<CreateTaskCommand> commands) {
    checkNotNull(actor, "actor is required");
    checkNotNull(commands, "commands are required");
    access.onlyOfficeSpecialists(actor, Action.CREATE_TASK);
    List<Violation> invalid = new ArrayList<>();
    for (int i = 0; i < commands.size(); i++) {
      String prefix = commands.size() == 1 ? "" : "tasks[" + i + "].";
      support.validation.validate(commands.get(i))
          .forEach(v -> invalid.add(new Violation(prefix + v.field(), v.code(), v.args())));
    }
    if (!invalid.isEmpty()) {
      throw new ValidationException(invalid);
    }
    return support.inTransaction(() -> {
      List<Task> created = new ArrayList<>();
      for (int i = 0; i < commands.size(); i++) {
        created.add(createOne(actor, commands.get(i), commands.size() == 1 ? "" : "tasks[" + i + "]."));
      }
      return List.copyOf(created);
    });
  }

  private Task createOne(Actor actor, CreateTaskCommand c, String prefix) {
    Document document = support.store.documents().find(c.document()).orElse(null);
    if (document == null) {
      Support.Problems.refuse(prefix + "document", "unknown.document", c.document());
    }
    boolean forwardedToActor = support.store.documents().forwardingsOf(c.document()).stream()
        .anyMatch(f -> f.specialist().equals(actor.official()));
    if (!forwardedToActor) {
      throw new AccessDeniedException(actor, Action.CREATE_TASK,
          "document " + c.document() + " was not forwarded to them");
    }
    Support.Problems problems = new Support.Problems();
    checkOfficeRole(problems, prefix + "directingLeader", c.directingLeader(), Role.LEADER);
    checkOfficeRole(problems, prefix + "trackingSpecialist", c.trackingSpecialist(), Role.SPECIALIST);
    Optional<LocalDate> deadline = resolve(problems, prefix + "deadline", c.deadline(), document);
    List<Assignment> assignments = assignments(problems, prefix, c.lead(), c.coordinating(), List.of());
    problems.throwIfAny();

    TaskId id = c.id() != null ? c.id() : TaskId.of(UUID.randomUUID().toString());
    Task task = Task.create(id, c.document(), c.trackingContent(), c.directionContent(), c.directingLeader(),
        c.trackingSpecialist(), deadline, assignments, actor.official(), support.now());
    Task stored = support.store.tasks().add(task);
    Support.Changes changes = new Support.Changes(stored, actor, stored.createdAt())
        .event(ChangeKind.TASK_CREATED, "trackingContent", null, stored.trackingContent())
        .event(ChangeKind.TASK_CREATED, "deadline", null, deadlineText(stored.deadline()))
        .event(ChangeKind.TASK_CREATED, "leadUnit", null, stored.lead().unit())
        .event(ChangeKind.TASK_CREATED, "coordinatingUnits", null, unitsText(stored.coordinating()));
    support.store.history().append(changes.entries(stored.version()));
    LOG.debug("{} created task {} on {}", actor.official(), stored.id(), stored.document());
    return stored;
  }

  /**
   * Edits a task's tracking information and original deadline. The tracking specialist only.
   *
   * @throws AccessDeniedException if the actor does not track the task
   * @throws ValidationException for invalid fields or a withdrawn task
   * @throws dev.theodoi.port.ConcurrentChangeException if the task changed since {@code expectedVersion}
   * @throws NotFoundException if there is no such task
   */
  public Task edit(Actor actor, EditTaskCommand c) {
    return change(actor, c, Action.EDIT_TASK, (task, problems, changes) -> {
      access.onlyTheTrackingSpecialist(actor, Action.EDIT_TASK, task);
      Document document = document(task);
      checkOfficeRole(problems, "directingLeader", c.directingLeader(), Role.LEADER);
      checkOfficeRole(problems, "trackingSpecialist", c.trackingSpecialist(), Role.SPECIALIST);
      Optional<LocalDate> deadline = resolve(problems, "deadline", c.deadline(), document);
      problems.throwIfAny();
      if (deadline.isEmpty() && !task.extensions().isEmpty()) {
        Support.Problems.refuse("deadline", "extension.no.deadline");
      }
      changes.field(ChangeKind.TASK_EDITED, "trackingContent", task.trackingContent(), c.trackingContent())
          .field(ChangeKind.TASK_EDITED, "directionContent", task.directionContent(), c.directionContent())
          .field(ChangeKind.TASK_EDITED, "directingLeader", task.directingLeader(), c.directingLeader())
          .field(ChangeKind.TASK_EDITED, "trackingSpecialist", task.trackingSpecialist(), c.trackingSpecialist())
          .field(ChangeKind.TASK_EDITED, "deadline", deadlineText(task.deadline()), deadlineText(deadline));
      return task.edited(c.trackingContent(), c.directionContent(), c.directingLeader(), c.trackingSpecialist(),
          deadline);
    });
  }

  /**
   * Changes the units a task is assigned to. Units that stay keep their reports and completions. The tracking
   * specialist only.
   */
  public Task reassignUnits(Actor actor, ReassignUnitsCommand c) {
    return change(actor, c, Action.REASSIGN_UNITS, (task, problems, changes) -> {
      access.onlyTheTrackingSpecialist(actor, Action.REASSIGN_UNITS, task);
      List<Assignment> assignments = assignments(problems, "", c.lead(), c.coordinating(), task.assignments());
      problems.throwIfAny();
      Task changed = task.withAssignments(assignments);
      changes.field(ChangeKind.UNITS_REASSIGNED, "leadUnit", task.lead().unit(), changed.lead().unit())
          .field(ChangeKind.UNITS_REASSIGNED, "coordinatingUnits", unitsText(task.coordinating()),
              unitsText(changed.coordinating()));
      for (Assignment a : changed.assignments()) {
        Set<OfficialId> before = task.assignment(a.unit()).map(Assignment::assignees).orElse(Set.of());
        if (!before.equals(a.assignees())) {
          changes.unit(ChangeKind.ASSIGNEES_CHANGED, a.unit(), "assignees", idsText(before), idsText(a.assignees()));
        }
      }
      return changed;
    });
  }

  /**
   * Names the officials responsible for one unit's assignment. The unit's leader or the tracking specialist.
   */
  public Task changeAssignees(Actor actor, ChangeAssigneesCommand c) {
    return change(actor, c, Action.CHANGE_ASSIGNEES, (task, problems, changes) -> {
      Assignment assignment = assignment(task, c.unit());
      access.onlyUnitLeaderOrTrackingSpecialist(actor, Action.CHANGE_ASSIGNEES, task, c.unit());
      checkAssignees(problems, "assignees", c.unit(), c.assignees());
      problems.throwIfAny();
      changes.unit(ChangeKind.ASSIGNEES_CHANGED, c.unit(), "assignees", idsText(assignment.assignees()),
          idsText(c.assignees()));
      return task.withAssignment(c.unit(), a -> a.withAssignees(c.assignees()));
    });
  }

  /** Thu hồi: withdraws a task; from today it no longer counts. The tracking specialist only. */
  public Task withdraw(Actor actor, WithdrawTaskCommand c) {
    return change(actor, c, Action.WITHDRAW_TASK, (task, problems, changes) -> {
      access.onlyTheTrackingSpecialist(actor, Action.WITHDRAW_TASK, task);
      changes.event(ChangeKind.TASK_WITHDRAWN, "withdrawal", null, c.reason());
      return task.withdrawn(new Withdrawal(actor.official(), support.now(), c.reason()));
    });
  }

  /**
   * Confirms or returns the completion a unit reported. A returned completion no longer counts and the unit
   * may report again. The tracking specialist only.
   */
  public Task reviewCompletion(Actor actor, ReviewCompletionCommand c) {
    return change(actor, c, Action.REVIEW_COMPLETION, (task, problems, changes) -> {
      access.onlyTheTrackingSpecialist(actor, Action.REVIEW_COMPLETION, task);
      Assignment assignment = assignment(task, c.unit());
      if (assignment.currentCompletion().filter(x -> x.isAwaitingReview()).isEmpty()) {
        problems.add("unit", "completion.none.awaiting", c.unit());
      }
      Optional<String> note = Optional.ofNullable(c.note()).filter(n -> !n.isBlank());
      if (c.outcome() == ReviewOutcome.RETURNED && note.isEmpty()) {
        problems.add("note", "return.reason.required");
      }
      problems.throwIfAny();
      changes.unit(c.outcome() == ReviewOutcome.CONFIRMED ? ChangeKind.COMPLETION_CONFIRMED
              : ChangeKind.COMPLETION_RETURNED, c.unit(), "completion",
          assignment.currentCompletion().orElseThrow().completedOn(), note.orElse(c.outcome().name()));
      return task.withAssignment(c.unit(),
          a -> a.withReview(new CompletionReview(c.outcome(), actor.official(), support.now(), note)));
    });
  }

  // ---- shared steps ----

  /** One change to one task: validate, load at the expected version, refuse a withdrawn task, apply, save. */
  interface Change {
    Task apply(Task task, Support.Problems problems, Support.Changes changes);
  }

  <C extends TaskCommand> Task change(Actor actor, C command, Action action, Change change) {
    checkNotNull(actor, "actor is required");
    support.validate(command);
    return support.inTransaction(() -> {
      Task task = support.load(command);
      if (task.isWithdrawn()) {
        Support.Problems.refuse("task", "task.withdrawn", task.id());
      }
      Support.Problems problems = new Support.Problems();
      Support.Changes changes = new Support.Changes(task, actor, support.now());
      Task changed = change.apply(task, problems, changes);
      problems.throwIfAny();
      if (changes.isEmpty()) {
        return task;
      }
      Task stored = support.save(changed, changes);
      LOG.debug("{} did {} on task {} (now version {})", actor.official(), action, task.id(), stored.version());
      return stored;
    });
  }

  Assignment assignment(Task task, UnitId unit) {
    return task.assignment(unit).orElseThrow(() -> new ValidationException(
        List.of(Violation.of("unit", "unit.not.assigned", unit, task.id()))));
  }

  private Document document(Task task) {
    return support.store.documents().find(task.document())
        .orElseThrow(() -> new NotFoundException("document", task.document().value()));
  }

  private void checkOfficeRole(Support.Problems problems, String field, OfficialId id, Role role) {
    Optional<Official> o = support.official(id);
    if (o.isEmpty()) {
      problems.add(field, "unknown.official", id);
      return;
    }
    boolean office = support.directory.unit(o.get().unit()).map(u -> u.isOffice()).orElse(false);
    if (!office || !o.get().hasRole(role)) {
      problems.add(field, "official.lacks.role", id, role.vietnameseName());
    }
  }

  private Optional<LocalDate> resolve(Support.Problems problems, String field, DeadlineSpec spec, Document doc) {
    if (spec instanceof DeadlineSpec.OnDate on) {
      if (on.date().isBefore(doc.issuedOn())) {
        problems.add(field, "deadline.before.issue", on.date(), doc.issuedOn());
      }
      return Optional.of(on.date());
    }
    if (spec instanceof DeadlineSpec.WorkingDaysAfterIssue wd) {
      try {
        return Optional.of(support.calendar().plusWorkingDays(doc.issuedOn(), wd.workingDays()));
      } catch (CalendarNotCoveredException e) {
        problems.add(field, "calendar.not.covered", e.getMessage());
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private List<Assignment> assignments(Support.Problems problems, String prefix, UnitAssignees lead,
      List<UnitAssignees> coordinating, List<Assignment> existing) {
    List<Assignment> out = new ArrayList<>();
    Set<UnitId> seen = new HashSet<>();
    List<UnitAssignees> all = new ArrayList<>();
    all.add(lead);
    all.addAll(coordinating);
    for (int i = 0; i < all.size(); i++) {
      UnitAssignees ua = all.get(i);
      String field = i == 0 ? prefix + "lead" : prefix + "coordinating[" + (i - 1) + "]";
      if (ua == null) {
        problems.add(field, "required");
        continue;
      }
      if (!seen.add(ua.unit())) {
        problems.add(field + ".unit", "unit.assigned.twice", ua.unit());
        continue;
      }
      if (support.directory.unit(ua.unit()).isEmpty()) {
        problems.add(field + ".unit", "unknown.unit", ua.unit());
        continue;
      }
      checkAssignees(problems, field + ".assignees", ua.unit(), ua.assignees());
      Responsibility r = i == 0 ? Responsibility.LEAD : Responsibility.COORDINATING;
      Optional<Assignment> kept = existing.stream().filter(a -> a.unit().equals(ua.unit())).findFirst();
      out.add(kept
          .map(a -> new Assignment(a.unit(), r, ua.assignees(), a.reports(), a.completions()))
          .orElseGet(() -> Assignment.of(ua.unit(), r, ua.assignees())));
    }
    return out;
  }

  private void checkAssignees(Support.Problems problems, String field, UnitId unit, Set<OfficialId> assignees) {
    for (OfficialId id : assignees) {
      Optional<Official> o = support.official(id);
      if (o.isEmpty()) {
        problems.add(field, "unknown.official", id);
      } else if (!o.get().unit().equals(unit)) {
        problems.add(field, "official.not.in.unit", id, unit);
      }
    }
  }

  static String deadlineText(Optional<LocalDate> deadline) {
    return deadline.map(LocalDate::toString).orElse("none");
  }

  private static String unitsText(List<Assignment> assignments) {
    return assignments.stream().map(a -> a.unit().value()).collect(Collectors.joining(","));
  }

  private static String idsText(Set<OfficialId> ids) {
    return ids.stream().map(OfficialId::value).sorted().collect(Collectors.joining(","));
  }
}
