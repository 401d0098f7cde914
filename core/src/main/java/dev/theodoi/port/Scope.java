package dev.theodoi.port;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.directory.UnitId;

/**
 * What a dashboard counts. Over {@link AllTasks} each task counts once, with its lead unit's status; over a
 * unit, an official or all assignments, each assignment counts once, with that unit's own status.
 */
public sealed interface Scope {
  /** Every task: what office leaders and specialists see. */
  record AllTasks() implements Scope {}

  /** Every assignment of every task, each with its unit's own status: what reminders go through. */
  record AllAssignments() implements Scope {}

  /** One unit's assignments: what a unit leader sees. */
  record UnitAssignments(UnitId unit) implements Scope {
    public UnitAssignments {
      checkNotNull(unit, "unit is required");
    }
  }

  /** The assignments an official is responsible for. */
  record OfficialAssignments(OfficialId official) implements Scope {
    public OfficialAssignments {
      checkNotNull(official, "official is required");
    }
  }

  static Scope allTasks() {
    return new AllTasks();
  }

  static Scope allAssignments() {
    return new AllAssignments();
  }

  static Scope unit(UnitId unit) {
    return new UnitAssignments(unit);
  }

  static Scope official(OfficialId official) {
    return new OfficialAssignments(official);
  }
}
