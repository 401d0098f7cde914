package dev.theodoi.port;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalDouble;

/**
 * A rate with its parts and the denominator it uses.
 *
 * @param numerator completed on time
 * @param denominator the base's count
 * @param base which denominator
 */
public record Rate(long numerator, long denominator, RateBase base) {
  public Rate {
    checkArgument(numerator >= 0 && denominator >= 0, "rate parts must not be negative");
    checkArgument(numerator <= denominator, "numerator %s exceeds denominator %s", numerator, denominator);
    checkNotNull(base, "base is required");
  }

  /** The rate from 0 to 1, or empty when the denominator is 0. */
  public OptionalDouble value() {
    return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) numerator / denominator);
  }
}
