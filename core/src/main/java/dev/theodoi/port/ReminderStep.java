package dev.theodoi.port;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A step of the reminder policy (đôn đốc). Steps are ordered by urgency: the most urgent step that applies
 * on a date is the one sent, and each step is sent at most once per assignment and deadline.
 */
public sealed interface ReminderStep extends Comparable<ReminderStep> {

  /** A stable code identifying the step, e.g. {@code before-3}, {@code on-day}, {@code overdue-2}. */
  String code();

  /** Higher is more urgent. */
  int urgency();

  @Override
  default int compareTo(ReminderStep o) {
    return Integer.compare(urgency(), o.urgency());
  }

  /** When at most {@code workingDays} working days remain before the deadline. */
  record BeforeDeadline(int workingDays) implements ReminderStep {
    public BeforeDeadline {
      checkArgument(workingDays >= 1 && workingDays <= 60, "working days before must be 1 to 60");
    }

    @Override
    public String code() {
      return "before-" + workingDays;
    }

    @Override
    public int urgency() {
      return 100 - workingDays;
    }
  }

  /** On the deadline day. */
  record OnDeadline() implements ReminderStep {
    @Override
    public String code() {
      return "on-day";
    }

    @Override
    public int urgency() {
      return 100;
    }
  }

  /** The {@code round}-th reminder of an overdue assignment, sent {@code round × every} days after it. */
  record Overdue(int round) implements ReminderStep {
    public Overdue {
      checkArgument(round >= 1, "round must be at least 1");
    }

    @Override
    public String code() {
      return "overdue-" + round;
    }

    @Override
    public int urgency() {
      return 100 + round;
    }
  }
}
