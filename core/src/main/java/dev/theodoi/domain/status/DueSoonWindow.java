package dev.theodoi.domain.status;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.theodoi.domain.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How close to its deadline an in-progress task must be to be flagged "due soon" (sắp đến hạn): the
 * deadline D and the as-of date T satisfy {@code D − T ≤ days}, counted in calendar days or in working days.
 * A task due today is always due soon.
 */
public sealed interface DueSoonWindow {

  /** Whether a task with deadline {@code deadline}, not overdue on {@code asOf}, is due soon. */
  boolean isDueSoon(LocalDate asOf, LocalDate deadline);

  /**
   * The latest deadline that is due soon on {@code asOf}: an in-progress task with deadline D is due soon
   * exactly when {@code asOf <= D <= lastDueDate(asOf)}. Lets a database answer "due soon" with a date range.
   */
  LocalDate lastDueDate(LocalDate asOf);

  /** Due soon when at most {@code days} calendar days remain. */
  static DueSoonWindow calendarDays(int days) {
    return new CalendarDays(days);
  }

  /** Due soon when at most {@code days} working days of {@code calendar} remain. */
  static DueSoonWindow workingDays(int days, WorkingDayCalendar calendar) {
    return new WorkingDays(days, calendar);
  }

  /** A window in calendar days. */
  record CalendarDays(int days) implements DueSoonWindow {
    public CalendarDays {
      checkArgument(days >= 0 && days <= 365, "due-soon window must be 0 to 365 days, was %s", days);
    }

    @Override
    public boolean isDueSoon(LocalDate asOf, LocalDate deadline) {
      return !deadline.isBefore(asOf) && ChronoUnit.DAYS.between(asOf, deadline) <= days;
    }

    @Override
    public LocalDate lastDueDate(LocalDate asOf) {
      return asOf.plusDays(days);
    }
  }

  /**
   * A window in working days. Counting stops as soon as more than {@code days} working days are found, so a
   * far deadline in a year the calendar does not cover is still answered when the window is exceeded before
   * that year; otherwise {@link dev.theodoi.domain.calendar.CalendarNotCoveredException} is thrown.
   */
  record WorkingDays(int days, WorkingDayCalendar calendar) implements DueSoonWindow {
    public WorkingDays {
      checkArgument(days >= 0 && days <= 250, "due-soon window must be 0 to 250 working days, was %s", days);
      checkNotNull(calendar, "calendar is required");
    }

    @Override
    public boolean isDueSoon(LocalDate asOf, LocalDate deadline) {
      if (deadline.isBefore(asOf)) {
        return false;
      }
      int found = 0;
      for (LocalDate d = asOf.plusDays(1); !d.isAfter(deadline); d = d.plusDays(1)) {
        if (calendar.isWorkingDay(d) && ++found > days) {
          return false;
        }
      }
      return true;
    }

    @Override
    public LocalDate lastDueDate(LocalDate asOf) {
      return calendar.plusWorkingDays(asOf, days + 1).minusDays(1);
    }
  }
}
