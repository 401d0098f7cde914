package dev.theodoi.domain.calendar;

/** What a calendar entry says about a date. */
public enum DayKind {
  /** A closure (ngày nghỉ): public holiday, Tết, or a day off swapped for a make-up working day. */
  HOLIDAY,
  /** A make-up working day (ngày làm bù) on a weekend. */
  WORKING_DAY
}
