package dev.theodoi.domain.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/** Invariant checks for text fields shared by the domain records. Not API. */
public final class Texts {
  private Texts() {}

  /** Returns {@code value} unchanged if it is non-null and not blank; otherwise throws naming {@code field}. */
  public static String requireText(String value, String field) {
    checkNotNull(value, "%s is required", field);
    checkArgument(!value.isBlank(), "%s must not be blank", field);
    return value;
  }

  /** Like {@link #requireText} for an optional field: empty is fine, present must not be blank. */
  public static Optional<String> optionalText(Optional<String> value, String field) {
    checkNotNull(value, "%s must be an Optional, not null", field);
    value.ifPresent(v -> checkArgument(!v.isBlank(), "%s must not be blank when present", field));
    return value;
  }

  /** Requires an identifier: non-blank, no surrounding white space, at most 200 characters. */
  public static String requireId(String value, String field) {
    requireText(value, field);
    checkArgument(value.strip().equals(value), "%s must not start or end with white space", field);
    checkArgument(value.length() <= 200, "%s must be at most 200 characters", field);
    return value;
  }
}
