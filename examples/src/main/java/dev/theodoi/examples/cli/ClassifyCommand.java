package dev.theodoi.examples.cli;

import dev.theodoi.domain.status.Classification;
import dev.theodoi.domain.status.DueSoonWindow;
import dev.theodoi.domain.status.StatusFacts;
import dev.theodoi.domain.status.StatusRules;
import dev.theodoi.examples.text.Labels;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "classify", mixinStandardHelpOptions = true,
    description = "Apply the status rules to one task: prints the status code, then the Vietnamese label and the "
        + "reason in words.")
final class ClassifyCommand implements Runnable {
  @Option(names = "--deadline", paramLabel = "DATE|none", required = true, description = "The original deadline.")
  String deadline;

  @Option(names = "--completed", paramLabel = "DATE|none", required = true, description = "The completion date.")
  String completed;

  @Option(names = "--as-of", paramLabel = "DATE", required = true, description = "The as-of date.")
  LocalDate asOf;

  @Option(names = "--extension", paramLabel = "NEWDATE@APPROVEDDATE",
      description = "An approved extension to NEWDATE, approved on APPROVEDDATE; repeatable.")
  List<String> extensions = new ArrayList<>();

  @Option(names = "--zone", defaultValue = "Asia/Ho_Chi_Minh", description = "The office's zone.")
  ZoneId zone;

  @Option(names = "--lang", defaultValue = "vi", description = "Language of the reason: vi or en.")
  String lang;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    StatusFacts facts = StatusFacts.withDeadline(dateOrNone("--deadline", deadline));
    for (String e : extensions) {
      String[] parts = e.split("@");
      if (parts.length != 2) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "--extension must be NEWDATE@APPROVEDDATE, was '" + e + "'");
      }
      facts = facts.plus(new StatusFacts.ApprovedExtension(date("--extension", parts[0]),
          date("--extension", parts[1]).atStartOfDay(zone).toInstant()));
    }
    Optional<LocalDate> done = dateOrNone("--completed", completed);
    if (done.isPresent()) {
      facts = facts.plus(new StatusFacts.CompletionFact(done.get(), done.get().atStartOfDay(zone).toInstant(), false));
    }
    Classification c = StatusRules.classify(facts, asOf, zone, DueSoonWindow.calendarDays(3));
    Labels l = Labels.of(lang);
    PrintWriter out = spec.commandLine().getOut();
    out.println(c.status().name());
    out.println(c.status().vietnameseLabel());
    out.println(reason(l, c, facts));
    out.flush();
  }

  private static String reason(Labels l, Classification c, StatusFacts facts) {
    String deadline = c.effectiveDeadline().map(l::date).orElse("");
    String text = switch (c.status()) {
      case COMPLETED_ON_TIME -> c.noDeadline()
          ? l.get("reason.onTimeNoDeadline", l.date(c.completedOn().orElseThrow()))
          : l.get("reason.onTime", l.date(c.completedOn().orElseThrow()), deadline);
      case COMPLETED_LATE -> l.get("reason.late", l.date(c.completedOn().orElseThrow()), deadline);
      case IN_PROGRESS -> c.noDeadline()
          ? l.get("reason.inProgressNoDeadline", l.date(c.asOf()))
          : l.get("reason.inProgress", l.date(c.asOf()), deadline);
      case OVERDUE -> l.get("reason.overdue", l.date(c.asOf()), deadline);
    };
    if (!c.effectiveDeadline().equals(facts.originalDeadline()) && facts.originalDeadline().isPresent()) {
      text += " " + l.get("reason.extended", l.date(facts.originalDeadline().get()));
    }
    return text;
  }

  private Optional<LocalDate> dateOrNone(String option, String value) {
    return "none".equalsIgnoreCase(value) ? Optional.empty() : Optional.of(date(option, value));
  }

  private LocalDate date(String option, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          option + ": '" + value + "' is not a date (YYYY-MM-DD)" + (option.equals("--extension") ? "" : " or none"));
    }
  }
}
