package dev.theodoi.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.theodoi.domain.status.DueSoonWindow;
import dev.theodoi.domain.status.TaskStatus;
import dev.theodoi.examples.text.Dashboards;
import dev.theodoi.examples.text.Labels;
import dev.theodoi.json.TheodoiModule;
import dev.theodoi.port.AsOf;
import dev.theodoi.port.Page;
import dev.theodoi.port.PageRequest;
import dev.theodoi.port.Scope;
import dev.theodoi.port.TaskFilter;
import dev.theodoi.port.TaskRow;
import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true,
    description = "The tasks behind a count, sorted by deadline, a page at a time.")
final class ListCommand implements Runnable {
  @Mixin
  Common common;

  @Option(names = "--as-of", paramLabel = "DATE", required = true, description = "The date.")
  LocalDate asOf;

  @Option(names = "--status", required = true,
      description = "COMPLETED_ON_TIME, COMPLETED_LATE, IN_PROGRESS or OVERDUE.")
  TaskStatus status;

  @Option(names = "--unit", paramLabel = "CODE", description = "Only this unit's assignments.")
  String unit;

  @Option(names = "--page", defaultValue = "1", description = "Page number, from 1 (default: ${DEFAULT-VALUE}).")
  int page;

  @Option(names = "--size", defaultValue = "20", description = "Rows per page (default: ${DEFAULT-VALUE}).")
  int size;

  @Option(names = "--json", description = "The page as JSON.")
  boolean json;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    if (page < 1 || size < 1 || size > PageRequest.MAX_SIZE) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--page must be at least 1 and --size 1 to " + PageRequest.MAX_SIZE);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Common.Opened db = common.open()) {
      DashboardCommand.Who who = null;
      if (unit != null) {
        who = new DashboardCommand.Who();
        who.unit = unit;
      }
      Scope scope = DashboardCommand.scope(db.store(), who);
      Page<TaskRow> rows = db.store().queries().list(scope, TaskFilter.NONE.withStatus(status),
          AsOf.of(asOf, common.zone, DueSoonWindow.calendarDays(3)), new PageRequest(page, size));
      if (json) {
        try {
          out.println(new ObjectMapper().registerModule(new TheodoiModule(common.zone)).writeValueAsString(rows));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new IllegalStateException(e);
        }
      } else {
        Labels l = common.labels();
        out.println(l.get("asof", l.date(asOf)) + " — " + l.status(status) + " — " + rows.total() + " ("
            + page + "/" + Math.max(1, rows.totalPages()) + ")");
        Dashboards.rows(out, l, rows.items(), r -> db.store().directory().unit(r.unit())
            .map(u -> u.code()).orElse(r.unit().value()));
      }
      out.flush();
    }
  }
}
