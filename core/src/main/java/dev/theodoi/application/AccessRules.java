package dev.theodoi.application;

import dev.theodoi.domain.directory.Role;
import dev.theodoi.domain.directory.UnitId;
import dev.theodoi.domain.task.Assignment;
import dev.theodoi.domain.task.Task;

/**
 * Who may do what, as named rules in one place. Each rule either returns or throws an
 * {@link AccessDeniedException} naming the actor, the action and the reason.
 */
final class AccessRules {
  private final Support support;

  AccessRules(Support support) {
    this.support = support;
  }

  private AccessDeniedException deny(Actor actor, Action action, String reason) {
    return new AccessDeniedException(actor, action, reason);
  }

  /** Only the office's clerks handle issued documents. */
  void onlyOfficeClerks(Actor actor, Action action) {
    if (!support.isOffice(actor, Role.CLERK)) {
      throw deny(actor, action, "only office clerks (văn thư) do this");
    }
  }

  /** Office clerks and leaders see which documents are still to be forwarded. */
  void onlyOfficeClerksOrLeaders(Actor actor, Action action) {
    if (!support.isOffice(actor, Role.CLERK) && !support.isOffice(actor, Role.LEADER)) {
      throw deny(actor, action, "only office clerks and leaders do this");
    }
  }

  /** Only the office's specialists create and assign tasks. */
  void onlyOfficeSpecialists(Actor actor, Action action) {
    if (!support.isOffice(actor, Role.SPECIALIST)) {
      throw deny(actor, action, "only office specialists (chuyên viên) do this");
    }
  }

  /** Office specialists change only the tasks they track. */
  void onlyTheTrackingSpecialist(Actor actor, Action action, Task task) {
    onlyOfficeSpecialists(actor, action);
    if (!task.trackingSpecialist().equals(actor.official())) {
      throw deny(actor, action, "task " + task.id() + " is tracked by " + task.trackingSpecialist());
    }
  }

  /** Extensions are decided by office leaders. */
  void onlyOfficeLeaders(Actor actor, Action action) {
    if (!support.isOffice(actor, Role.LEADER)) {
      throw deny(actor, action, "only office leaders (lãnh đạo) do this");
    }
  }

  /**
   * A unit official acts only on the assignments they are responsible for; a unit leader on any of the
   * unit's assignments.
   */
  void onlyResponsibleForTheAssignment(Actor actor, Action action, Assignment assignment) {
    boolean unitLeader = actor.has(Role.LEADER) && actor.unit().equals(assignment.unit());
    if (!unitLeader && !assignment.isAssignee(actor.official())) {
      throw deny(actor, action, "not responsible for unit " + assignment.unit() + "'s assignment");
    }
  }

  /** The unit's leader, or the task's tracking specialist, names a unit's responsible officials. */
  void onlyUnitLeaderOrTrackingSpecialist(Actor actor, Action action, Task task, UnitId unit) {
    boolean unitLeader = actor.has(Role.LEADER) && actor.unit().equals(unit);
    boolean tracker = support.isOffice(actor, Role.SPECIALIST) && task.trackingSpecialist().equals(actor.official());
    if (!unitLeader && !tracker) {
      throw deny(actor, action, "only the leader of " + unit + " or the tracking specialist do this");
    }
  }

  /** Office leaders and specialists see every task; a unit leader their unit's; an official their own. */
  void mayView(Actor actor, Task task) {
    if (support.isOffice(actor, Role.LEADER) || support.isOffice(actor, Role.SPECIALIST)) {
      return;
    }
    boolean unitLeader = actor.has(Role.LEADER) && task.assignment(actor.unit()).isPresent();
    boolean assignee = task.assignments().stream().anyMatch(a -> a.isAssignee(actor.official()));
    if (!unitLeader && !assignee) {
      throw deny(actor, Action.VIEW_TASK, "task " + task.id() + " is not assigned to them or their unit");
    }
  }
}
