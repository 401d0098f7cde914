package dev.theodoi.application;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedSet;
import dev.theodoi.domain.calendar.WorkingDayCalendar;
import dev.theodoi.port.ReminderStep;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.SortedSet;

/**
 * When to remind a unit of an open assignment (đôn đốc): some working days before the deadline, on the day,
 * and every few days once overdue. On any date the most urgent step that applies is the one sent.
 *
 * @param workingDaysBefore remind when at most this many working days remain (e.g. {3, 1})
 * @param onDeadline remind on the deadline day
 * @param overdueEveryDays remind on the first overdue day and then every this many calendar days; 0 for never
 */
public record ReminderPolicy(SortedSet<Integer> workingDaysBefore, boolean onDeadline, int overdueEveryDays) {

  /** Three working days before, on the day, and weekly once overdue. */
  public static final ReminderPolicy DEFAULT = new ReminderPolicy(ImmutableSortedSet.of(3), true, 7);

  public ReminderPolicy {
    workingDaysBefore = ImmutableSortedSet.copyOf(workingDaysBefore);
    workingDaysBefore.forEach(n -> checkArgument(n >= 1 && n <= 60, "working days before must be 1 to 60, was %s", n));
    checkArgument(overdueEveryDays >= 0 && overdueEveryDays <= 365, "overdue interval must be 0 to 365 days");
  }

  /** The latest deadline any before-step can apply to on {@code asOf}. */
  LocalDate horizon(LocalDate asOf, WorkingDayCalendar calendar) {
    if (workingDaysBefore.isEmpty()) {
      return asOf;
    }
    return calendar.plusWorkingDays(asOf, workingDaysBefore.last() + 1).minusDays(1);
  }

  /** The most urgent step due on {@code asOf} for an open assignment with deadline {@code deadline}. */
  Optional<ReminderStep> stepFor(LocalDate asOf, LocalDate deadline, WorkingDayCalendar calendar) {
    if (asOf.isAfter(deadline)) {
      if (overdueEveryDays == 0) {
        return Optional.empty();
      }
      long late = ChronoUnit.DAYS.between(deadline, asOf);
      return Optional.of(new ReminderStep.Overdue((int) (1 + (late - 1) / overdueEveryDays)));
    }
    if (asOf.equals(deadline) && onDeadline) {
      return Optional.of(new ReminderStep.OnDeadline());
    }
    int left = calendar.workingDaysBetween(asOf, deadline);
    return workingDaysBefore.stream().filter(n -> left <= n).findFirst()
        .map(ReminderStep.BeforeDeadline::new);
  }
}
