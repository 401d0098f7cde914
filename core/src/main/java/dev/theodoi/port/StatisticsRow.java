package dev.theodoi.port;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.theodoi.domain.status.StatusCounts;

/**
 * One row of statistics over a period: the tasks (or one unit's assignments) assigned in the period, with
 * their status at the period's end.
 *
 * @param key the unit id or the directing leader's official id
 * @param counts the four statuses at the end of the period; {@code counts.total()} is the number assigned
 * @param dueInPeriod how many have their effective deadline within the period
 * @param dueInPeriodOnTime how many of those were completed on time
 */
public record StatisticsRow(String key, StatusCounts counts, long dueInPeriod, long dueInPeriodOnTime) {
  public StatisticsRow {
    checkNotNull(key, "key is required");
    checkNotNull(counts, "counts are required");
    checkArgument(dueInPeriod <= counts.total(), "due in period exceeds the total");
    checkArgument(dueInPeriodOnTime <= dueInPeriod && dueInPeriodOnTime <= counts.completedOnTime(),
        "due in period on time exceeds its bounds");
  }

  /** Tasks assigned in the period. */
  public long assigned() {
    return counts.total();
  }

  /** The on-time rate over the chosen denominator. */
  public Rate onTimeRate(RateBase base) {
    return switch (base) {
      case DUE_IN_PERIOD -> new Rate(dueInPeriodOnTime, dueInPeriod, base);
      case ALL_TASKS -> new Rate(counts.completedOnTime(), counts.total(), base);
    };
  }
}
