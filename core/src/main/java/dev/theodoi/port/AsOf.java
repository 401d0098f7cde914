package dev.theodoi.port;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.theodoi.domain.status.DueSoonWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The date a query is asked for, with what it takes to answer it in a database: the zone instants are read in,
 * and the last deadline that counts as due soon (so "due soon" is a date range, whatever the window's unit).
 *
 * @param date the as-of date T
 * @param zone the office's zone
 * @param dueSoonThrough the latest deadline that is due soon on T, not before T
 */
public record AsOf(LocalDate date, ZoneId zone, LocalDate dueSoonThrough) {
  public AsOf {
    checkNotNull(date, "as-of date is required");
    checkNotNull(zone, "zone is required");
    checkNotNull(dueSoonThrough, "due-soon date is required");
    checkArgument(!dueSoonThrough.isBefore(date), "due-soon date %s is before the as-of date %s", dueSoonThrough, date);
  }

  /** The as-of date with the due-soon range of {@code window}. */
  public static AsOf of(LocalDate date, ZoneId zone, DueSoonWindow window) {
    return new AsOf(date, zone, window.lastDueDate(date));
  }

  /** The first instant after the as-of date in the zone: facts recorded before it count on T. */
  public Instant endOfDay() {
    return date.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /** The window this stands for, in calendar days; equivalent to the window it was made from on T. */
  public DueSoonWindow window() {
    return DueSoonWindow.calendarDays((int) java.time.temporal.ChronoUnit.DAYS.between(date, dueSoonThrough));
  }
}
