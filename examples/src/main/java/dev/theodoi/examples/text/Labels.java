package dev.theodoi.examples.text;

import dev.theodoi.domain.status.TaskStatus;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The tool's words in Vietnamese (the default) or English. */
public final class Labels {
  private final Locale locale;
  private final ResourceBundle bundle;

  private Labels(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle("dev.theodoi.examples.labels", locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** {@code vi} (default) or {@code en}. */
  public static Labels of(String language) {
    return new Labels("en".equalsIgnoreCase(language) ? Locale.ROOT : Locale.forLanguageTag("vi"));
  }

  public boolean vietnamese() {
    return "vi".equals(locale.getLanguage());
  }

  public String get(String key, Object... args) {
    return args.length == 0 ? bundle.getString(key) : new MessageFormat(bundle.getString(key), locale).format(args);
  }

  public String status(TaskStatus s) {
    return vietnamese() ? s.vietnameseLabel() : s.englishLabel();
  }

  /** 15/10/2026 in Vietnamese, 2026-10-15 in English. */
  public String date(LocalDate d) {
    return d == null ? "—" : vietnamese() ? d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) : d.toString();
  }
}
