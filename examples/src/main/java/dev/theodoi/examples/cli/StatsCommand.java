package dev.theodoi.examples.cli;

import dev.theodoi.examples.text.Labels;
import dev.theodoi.examples.text.Table;
import dev.theodoi.json.Exporter;
import dev.theodoi.port.Grouping;
import dev.theodoi.port.Period;
import dev.theodoi.port.RateBase;
import dev.theodoi.port.StatisticsRow;
import dev.theodoi.domain.status.DueSoonWindow;
import dev.theodoi.port.AsOf;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Statistics per unit or per directing leader: tasks created in the period, with their status at "
        + "its end, and the on-time rate over both denominators.")
final class StatsCommand implements Runnable {
  enum By { unit, leader }

  enum Format { table, csv, json }

  @Mixin
  Common common;

  @Option(names = "--from", paramLabel = "DATE", required = true, description = "First day of the period.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", required = true, description = "Last day of the period.")
  LocalDate to;

  @Option(names = "--by", defaultValue = "unit", description = "unit or leader (default: ${DEFAULT-VALUE}).")
  By by;

  @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    if (to.isBefore(from)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--to is before --from");
    }
    PrintWriter out = spec.commandLine().getOut();
    Grouping grouping = by == By.unit ? Grouping.UNIT : Grouping.DIRECTING_LEADER;
    Period period = new Period(from, to);
    try (Common.Opened db = common.open()) {
      if (format == Format.json) {
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        Exporter.from(db.store()).zone(common.zone).exportStatistics(buffer, grouping, period);
        out.println(buffer.toString(java.nio.charset.StandardCharsets.UTF_8));
        out.flush();
        return;
      }
      List<StatisticsRow> rows = db.store().queries().statistics(grouping, period,
          AsOf.of(to, common.zone, DueSoonWindow.calendarDays(3)));
      Labels l = common.labels();
      if (format == Format.csv) {
        out.println("key,assigned,completedOnTime,completedLate,inProgress,overdue,dueInPeriod,dueInPeriodOnTime,"
            + "onTimeRateDueInPeriod,onTimeRateAllTasks");
        for (StatisticsRow r : rows) {
          out.println(String.join(",", r.key(), "" + r.assigned(), "" + r.counts().completedOnTime(),
              "" + r.counts().completedLate(), "" + r.counts().inProgress(), "" + r.counts().overdue(),
              "" + r.dueInPeriod(), "" + r.dueInPeriodOnTime(), rate(r, RateBase.DUE_IN_PERIOD), rate(r, RateBase.ALL_TASKS)));
        }
      } else {
        Table t = new Table(List.of(l.get("col.key"), l.get("col.assigned"),
            l.status(dev.theodoi.domain.status.TaskStatus.COMPLETED_ON_TIME),
            l.status(dev.theodoi.domain.status.TaskStatus.COMPLETED_LATE),
            l.status(dev.theodoi.domain.status.TaskStatus.IN_PROGRESS),
            l.status(dev.theodoi.domain.status.TaskStatus.OVERDUE), l.get("col.rateDue"), l.get("col.rateAll")),
            false, true, true, true, true, true, true, true);
        for (StatisticsRow r : rows) {
          String name = grouping == Grouping.UNIT
              ? db.store().directory().unit(dev.theodoi.domain.directory.UnitId.of(r.key())).map(u -> u.name()).orElse(r.key())
              : db.store().directory().official(dev.theodoi.domain.directory.OfficialId.of(r.key()))
                  .map(o -> o.fullName()).orElse(r.key());
          t.row(name, r.assigned(), r.counts().completedOnTime(), r.counts().completedLate(), r.counts().inProgress(),
              r.counts().overdue(), percent(r, RateBase.DUE_IN_PERIOD), percent(r, RateBase.ALL_TASKS));
        }
        out.print(t);
      }
      out.flush();
    }
  }

  private static String rate(StatisticsRow r, RateBase base) {
    var v = r.onTimeRate(base).value();
    return v.isPresent() ? String.format(Locale.ROOT, "%.4f", v.getAsDouble()) : "";
  }

  private static String percent(StatisticsRow r, RateBase base) {
    var rate = r.onTimeRate(base);
    return rate.value().isPresent()
        ? String.format(Locale.ROOT, "%.1f%% (%d/%d)", 100 * rate.value().getAsDouble(), rate.numerator(), rate.denominator())
        : "—";
  }
}
