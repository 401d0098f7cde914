package dev.theodoi.examples.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The walkthrough's clock: it moves as the story does. The library only ever reads it. */
final class DemoClock extends Clock {
  private final ZoneId zone;
  private Instant now;

  DemoClock(ZoneId zone, Instant start) {
    this.zone = zone;
    this.now = start;
  }

  void set(Instant instant) {
    now = instant;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new DemoClock(other, now);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
