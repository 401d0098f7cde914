package dev.theodoi.port;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;

/** A reporting period, both ends included (e.g. a quarter: 2026-01-01 to 2026-03-31). */
public record Period(LocalDate from, LocalDate to) {
  public Period {
    checkNotNull(from, "period start is required");
    checkNotNull(to, "period end is required");
    checkArgument(!to.isBefore(from), "period %s..%s runs backwards", from, to);
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }
}
