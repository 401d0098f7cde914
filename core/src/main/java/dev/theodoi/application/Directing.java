package dev.theodoi.application;

import dev.theodoi.domain.task.ExtensionDecision;
import dev.theodoi.domain.task.ExtensionRequest;
import dev.theodoi.domain.task.Task;
import dev.theodoi.domain.task.Verdict;
import dev.theodoi.port.ChangeKind;
import java.util.Optional;

/** The office leader's decisions: approving or refusing extension requests. Thread-safe. */
public final class Directing {
  private final AccessRules access;
  private final Support support;
  private final TaskDesk desk;

  Directing(Support support, AccessRules access, TaskDesk desk) {
    this.support = support;
    this.access = access;
    this.desk = desk;
  }

  /**
   * Approves or refuses the pending extension request. An approved date becomes the effective deadline from
   * today; the original deadline and the request stay in the history.
   *
   * @throws AccessDeniedException if the actor is not an office leader
   * @throws ValidationException if no request is pending or the task was withdrawn
   */
  public Task decideExtension(Actor actor, DecideExtensionCommand c) {
    return desk.change(actor, c, Action.DECIDE_EXTENSION, (task, problems, changes) -> {
      access.onlyOfficeLeaders(actor, Action.DECIDE_EXTENSION);
      ExtensionRequest pending = task.pendingExtension().orElse(null);
      if (pending == null) {
        Support.Problems.refuse("task", "extension.none.pending");
      }
      Optional<String> note = Optional.ofNullable(c.note()).filter(n -> !n.isBlank());
      if (c.verdict() == Verdict.APPROVED) {
        changes.event(ChangeKind.EXTENSION_APPROVED, "deadline", TaskDesk.deadlineText(task.currentDeadline()),
            pending.requestedDeadline());
      } else {
        changes.event(ChangeKind.EXTENSION_REFUSED, "extension", pending.requestedDeadline(),
            note.orElse(Verdict.REFUSED.name()));
      }
      return task.withExtensionDecision(new ExtensionDecision(c.verdict(), actor.official(), support.now(), note));
    });
  }
}
