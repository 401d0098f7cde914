package dev.theodoi.examples.cli;

import dev.theodoi.domain.calendar.WorkingDayCalendar;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "calendar", mixinStandardHelpOptions = true,
    description = "Working days of the Vietnamese civil service (2024–2026 shipped; add years with --holidays).")
final class CalendarCommand implements Runnable {
  @ArgGroup(exclusive = true, multiplicity = "1")
  Question question;

  static final class Question {
    @ArgGroup(exclusive = false)
    Plus plus;

    @Option(names = "--is-working-day", paramLabel = "DATE", description = "Print true or false.")
    LocalDate isWorkingDay;
  }

  static final class Plus {
    @Option(names = "--from", paramLabel = "DATE", required = true, description = "The start date.")
    LocalDate from;

    @Option(names = "--plus-working-days", paramLabel = "N", required = true,
        description = "Print the date N working days after --from, counting from the next day.")
    int days;
  }

  @Option(names = "--holidays", paramLabel = "FILE",
      description = "A calendar file of the host (lines DATE or FROM..TO,holiday|working_day,name) that adds or "
          + "replaces years.")
  Path holidays;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    WorkingDayCalendar calendar = WorkingDayCalendar.vietnamCivilService();
    if (holidays != null) {
      try (Reader r = Files.newBufferedReader(holidays, StandardCharsets.UTF_8)) {
        calendar = calendar.extendedWith(WorkingDayCalendar.parse(r, holidays.toString()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + holidays, e);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (question.isWorkingDay != null) {
      out.println(calendar.isWorkingDay(question.isWorkingDay));
    } else {
      if (question.plus.days < 0) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--plus-working-days must not be negative");
      }
      out.println(calendar.plusWorkingDays(question.plus.from, question.plus.days));
    }
    out.flush();
  }
}
