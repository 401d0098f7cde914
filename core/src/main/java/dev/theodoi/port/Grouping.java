package dev.theodoi.port;

/** How statistics are broken down. */
public enum Grouping {
  /** One row per unit, counting the unit's assignments with the unit's own status. */
  UNIT,
  /** One row per directing leader, counting tasks with their lead unit's status. */
  DIRECTING_LEADER
}
