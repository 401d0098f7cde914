package dev.theodoi.application.internal;

import dev.theodoi.application.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the Jakarta Validation constraints on commands: with the host's {@link Validator}, else with the
 * default provider on the class path, else with {@link RecordConstraints}, which understands the constraints
 * the library's own commands use. Violations are reported as {@link Violation}s with stable codes, so their
 * messages come from the library's bundles in English and Vietnamese whatever the provider.
 */
public final class CommandValidation {
  private static final Logger LOG = LoggerFactory.getLogger(CommandValidation.class);
  private final Validator validator;

  private CommandValidation(Validator validator) {
    this.validator = validator;
  }

  /** With the host's validator. */
  public static CommandValidation using(Validator validator) {
    return new CommandValidation(validator);
  }

  /** With the default provider if there is one on the class path, else the built-in record checks. */
  public static CommandValidation withDefaults() {
    try {
      return new CommandValidation(Validation.buildDefaultValidatorFactory().getValidator());
    } catch (NoProviderFoundException e) {
      LOG.info("No Jakarta Validation provider on the class path; using theodoi's built-in command checks");
      return builtIn();
    } catch (ValidationException e) {
      LOG.warn("The Jakarta Validation provider could not start ({}); using theodoi's built-in command checks",
          e.getMessage());
      return builtIn();
    }
  }

  /** With the built-in record checks only. */
  public static CommandValidation builtIn() {
    return new CommandValidation(null);
  }

  /** Whether a Jakarta provider is used. */
  public boolean usesProvider() {
    return validator != null;
  }

  /** The violations of {@code command}'s constraints, sorted by field; empty when it is valid. */
  public List<Violation> validate(Object command) {
    if (command == null) {
      return List.of(Violation.of("command", "required"));
    }
    if (validator == null) {
      return RecordConstraints.check(command);
    }
    return validator.validate(command).stream()
        .map(CommandValidation::toViolation)
        .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::code))
        .toList();
  }

  private static Violation toViolation(ConstraintViolation<?> v) {
    ConstraintDescriptor<?> d = v.getConstraintDescriptor();
    String type = d.getAnnotation().annotationType().getSimpleName();
    Map<String, Object> a = d.getAttributes();
    String field = v.getPropertyPath().toString().replaceAll("\\.<[^>]+>", "");
    return switch (type) {
      case "NotNull" -> Violation.of(field, "required");
      case "NotBlank" -> v.getInvalidValue() == null ? Violation.of(field, "required") : Violation.of(field, "blank");
      case "NotEmpty" -> v.getInvalidValue() == null ? Violation.of(field, "required") : Violation.of(field, "empty");
      case "Size" -> RecordConstraints.sizeViolation(field, (Integer) a.get("min"), (Integer) a.get("max"));
      case "Positive" -> Violation.of(field, "positive");
      case "PositiveOrZero" -> Violation.of(field, "positive.or.zero");
      case "Min" -> Violation.of(field, "min", a.get("value"));
      case "Max" -> Violation.of(field, "max", a.get("value"));
      default -> Violation.of(field, "invalid", v.getMessage());
    };
  }
}
