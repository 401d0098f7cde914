package dev.theodoi.examples.cli;

import dev.theodoi.application.Theodoi;
import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.examples.text.Labels;
import dev.theodoi.port.Reminder;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "remind", mixinStandardHelpOptions = true,
    description = "Run the reminders (đôn đốc) due on a date; a console notifier prints each one. Each reminder is "
        + "sent once: running again for the same date prints nothing new.")
final class RemindCommand implements Runnable {
  @Mixin
  Common common;

  @Option(names = "--as-of", paramLabel = "DATE", required = true, description = "The date of the run.")
  LocalDate asOf;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    Labels l = common.labels();
    try (Common.Opened db = common.open()) {
      Theodoi theodoi = Theodoi.builder().directory(db.store().directory()).store(db.store())
          .clock(Clock.system(common.zone)).zone(common.zone)
          .notifier(r -> out.println(line(l, db, r)))
          .build();
      List<Reminder> sent = theodoi.reminders().run(asOf);
      if (sent.isEmpty()) {
        out.println(l.get("remind.none", l.date(asOf)));
      }
      out.flush();
    }
  }

  private static String line(Labels l, Common.Opened db, Reminder r) {
    String unit = db.store().directory().unit(r.unit()).map(u -> u.name()).orElse(r.unit().value());
    String to = r.recipients().stream().map(OfficialId::value).sorted().collect(Collectors.joining(", "));
    return l.get("remind.line", r.step().code(), r.task().value(), unit, l.status(r.status()), l.date(r.deadline()), to);
  }
}
