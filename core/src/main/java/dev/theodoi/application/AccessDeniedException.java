package dev.theodoi.application;

import dev.theodoi.domain.TheodoiException;

/** The actor may not perform the action; the message names both and the reason. Nothing was changed. */
public final class AccessDeniedException extends TheodoiException {
  private static final long serialVersionUID = 1L;
  private final transient Actor actor;
  private final Action action;
  private final String reason;

  AccessDeniedException(Actor actor, Action action, String reason) {
    super(actor.official() + " may not " + action + ": " + reason);
    this.actor = actor;
    this.action = action;
    this.reason = reason;
  }

  public Actor actor() {
    return actor;
  }

  public Action action() {
    return action;
  }

  /** Why, in English, e.g. {@code only office clerks forward documents}. */
  public String reason() {
    return reason;
  }
}
