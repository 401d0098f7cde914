package dev.theodoi.application;

import static com.google.common.base.Preconditions.checkNotNull;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One problem with a command: the field (a property path such as {@code lead.unit} or
 * {@code coordinating[1].assignees}) and what is wrong, as a stable code with arguments. The message exists in
 * English and Vietnamese.
 *
 * @param field the property path of the field at fault
 * @param code the problem, e.g. {@code required}, {@code deadline.before.issue}
 * @param args values the message quotes
 */
public record Violation(String field, String code, List<String> args) {
  /** Vietnamese, for messages to Vietnamese users. */
  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final String BUNDLE = "dev.theodoi.application.messages";

  public Violation {
    checkNotNull(field, "field is required");
    checkNotNull(code, "code is required");
    args = List.copyOf(args);
  }

  public static Violation of(String field, String code, Object... args) {
    return new Violation(field, code, java.util.Arrays.stream(args).map(String::valueOf).toList());
  }

  /** The message in {@code locale} (English unless Vietnamese is asked for), without the field. */
  public String message(Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE,
        "vi".equals(locale.getLanguage()) ? VIETNAMESE : Locale.ROOT,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    String pattern;
    try {
      pattern = bundle.getString(code);
    } catch (MissingResourceException e) {
      return code + " " + args;
    }
    return new MessageFormat(pattern, locale).format(args.toArray());
  }

  @Override
  public String toString() {
    return field + ": " + message(Locale.ROOT);
  }
}
