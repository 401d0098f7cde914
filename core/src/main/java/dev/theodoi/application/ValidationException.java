package dev.theodoi.application;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A command was refused; {@link #violations()} lists every problem found. Nothing was changed. */
public final class ValidationException extends dev.theodoi.domain.TheodoiException {
  private static final long serialVersionUID = 1L;
  private final List<Violation> violations;

  public ValidationException(List<Violation> violations) {
    super(describe(violations, Locale.ROOT));
    checkArgument(!violations.isEmpty(), "a validation exception needs at least one violation");
    this.violations = List.copyOf(violations);
  }

  /** Every problem, in the order found. Never empty. */
  public List<Violation> violations() {
    return violations;
  }

  /** All messages as {@code field: message} lines in {@code locale}. */
  public String describe(Locale locale) {
    return describe(violations, locale);
  }

  private static String describe(List<Violation> violations, Locale locale) {
    return violations.stream().map(v -> v.field() + ": " + v.message(locale)).collect(Collectors.joining("; "));
  }
}
