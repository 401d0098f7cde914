package dev.theodoi.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.status.DueSoonWindow;
import dev.theodoi.domain.status.StatusCounts;
import dev.theodoi.examples.text.Dashboards;
import dev.theodoi.examples.text.Labels;
import dev.theodoi.jdbc.JdbcStore;
import dev.theodoi.port.AsOf;
import dev.theodoi.port.Scope;
import dev.theodoi.port.TaskFilter;
import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "dashboard", mixinStandardHelpOptions = true,
    description = "The counts as of a date: all tasks, one unit's assignments, or one official's.")
final class DashboardCommand implements Runnable {
  @Mixin
  Common common;

  @Option(names = "--as-of", paramLabel = "DATE", required = true, description = "The date.")
  LocalDate asOf;

  @ArgGroup(exclusive = true)
  Who who;

  static final class Who {
    @Option(names = "--unit", paramLabel = "CODE", description = "A unit's assignments, by unit code (e.g. SYT).")
    String unit;

    @Option(names = "--official", paramLabel = "ID", description = "An official's assignments, by official id.")
    String official;
  }

  @Option(names = "--json", description = "One JSON object instead of a table.")
  boolean json;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    try (Common.Opened db = common.open()) {
      Scope scope = scope(db.store(), who);
      String scopeName = who == null ? "all" : who.unit != null ? "unit:" + who.unit : "official:" + who.official;
      StatusCounts c = db.store().queries().counts(scope, TaskFilter.NONE,
          AsOf.of(asOf, common.zone, DueSoonWindow.calendarDays(3)));
      if (json) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode node = m.createObjectNode();
        node.put("asOf", asOf.toString());
        node.put("scope", scopeName);
        node.put("total", c.total());
        node.put("completedOnTime", c.completedOnTime());
        node.put("completedLate", c.completedLate());
        node.put("inProgress", c.inProgress());
        node.put("overdue", c.overdue());
        node.put("dueSoon", c.dueSoon());
        node.put("noDeadline", c.noDeadline());
        out.println(node.toString());
      } else {
        Labels l = common.labels();
        out.println(l.get("asof", l.date(asOf)) + " — " + scopeName);
        Dashboards.counts(out, l, c);
      }
      out.flush();
    }
  }

  static Scope scope(JdbcStore store, Who who) {
    if (who == null) {
      return Scope.allTasks();
    }
    if (who.unit != null) {
      return Scope.unit(store.directory().unitByCode(who.unit)
          .orElseThrow(() -> new InvalidInputException("no unit with code " + who.unit)).id());
    }
    OfficialId id = OfficialId.of(who.official);
    store.directory().official(id).orElseThrow(() -> new InvalidInputException("no official with id " + who.official));
    return Scope.official(id);
  }
}
