package dev.theodoi.port;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.theodoi.domain.calendar.WorkingDayCalendar;

/**
 * Where the working-day calendar comes from. Holidays are announced each year, so a host that keeps them in its
 * own database returns the current calendar on every call; {@link #fixed} serves one calendar for good.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface CalendarSource {
  /** The calendar to use now; never null. */
  WorkingDayCalendar calendar();

  /** Always {@code calendar}. */
  static CalendarSource fixed(WorkingDayCalendar calendar) {
    checkNotNull(calendar, "calendar is required");
    return () -> calendar;
  }
}
