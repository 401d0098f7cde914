package dev.theodoi.port;

/** The denominator of an on-time rate; national reports have used both, so a rate always names its own. */
public enum RateBase {
  /** Tasks whose deadline falls in the period: completed on time among them, over them. */
  DUE_IN_PERIOD,
  /** All tasks assigned in the period: completed on time, over all of them. */
  ALL_TASKS
}
