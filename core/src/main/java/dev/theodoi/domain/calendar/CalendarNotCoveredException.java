package dev.theodoi.domain.calendar;

import dev.theodoi.domain.TheodoiException;

/**
 * The working-day calendar has no data for a year that a question needs. Holidays are announced yearly, so
 * the library refuses to guess: extend the calendar with that year's closures.
 */
public final class CalendarNotCoveredException extends TheodoiException {
  private static final long serialVersionUID = 1L;
  private final int year;

  CalendarNotCoveredException(int year, String coveredYears) {
    super("the working-day calendar has no data for " + year + " (covered: " + coveredYears
        + "); add that year's holidays and make-up working days");
    this.year = year;
  }

  /** The year that has no data. */
  public int year() {
    return year;
  }
}
