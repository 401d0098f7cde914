package dev.theodoi.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** A clock a test moves by hand. Starts at 09:00 on 2 January 2026 in Vietnam. Thread-safe. */
public final class TestClock extends Clock {
  private volatile Instant now = Fixtures.morningOf(LocalDate.of(2026, 1, 2));

  /** Moves to {@code time} on {@code date} in Vietnam. */
  public TestClock at(LocalDate date, LocalTime time) {
    now = Fixtures.at(date, time);
    return this;
  }

  /** Moves to 09:00 on {@code date} in Vietnam. */
  public TestClock on(LocalDate date) {
    return at(date, LocalTime.of(9, 0));
  }

  @Override
  public ZoneId getZone() {
    return Fixtures.VIETNAM;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a test clock has one zone");
  }

  @Override
  public Instant instant() {
    return now;
  }
}
