package dev.theodoi.examples.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.theodoi.domain.directory.Official;
import dev.theodoi.domain.directory.Unit;
import dev.theodoi.examples.demo.DemoProvince;
import dev.theodoi.examples.demo.Walkthrough;
import dev.theodoi.examples.text.Dashboards;
import dev.theodoi.examples.text.Labels;
import dev.theodoi.jdbc.JdbcStore;
import dev.theodoi.port.TaskRow;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The walkthrough: the seed workflow on embedded H2, then three dashboards. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Play the seed workflow on a sample province and print the dashboards of the office leader, a "
        + "unit leader and an official. Uses an in-memory H2 database unless --db is given.")
public final class DemoCommand implements Runnable {
  /** The date the dashboards are shown for unless --as-of says otherwise. */
  public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 10, 15);

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--db", paramLabel = "JDBC-URL", description = "Keep the demo's data in this database "
      + "(default: a private in-memory H2 database, gone when the demo ends).")
  String db;

  @Option(names = "--user", defaultValue = "", description = "Database user.")
  String user;

  @Option(names = "--password", defaultValue = "", description = "Database password.")
  String password;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Show the dashboards as of this date "
      + "(default: ${DEFAULT-VALUE}).", defaultValue = "2026-10-15")
  LocalDate asOf;

  @Option(names = "--lang", defaultValue = "vi", description = "vi or en (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(names = "--zone", defaultValue = "Asia/Ho_Chi_Minh", description = "The office's zone.")
  ZoneId zone;

  @Override
  public void run() {
    HikariConfig c = new HikariConfig();
    c.setJdbcUrl(db != null ? db : "jdbc:h2:mem:theodoi-demo-" + UUID.randomUUID());
    if (!user.isEmpty()) {
      c.setUsername(user);
    }
    if (!password.isEmpty()) {
      c.setPassword(password);
    }
    c.setMaximumPoolSize(2);
    c.setPoolName("theodoi-demo");
    try (HikariDataSource ds = new HikariDataSource(c)) {
      // A private in-memory database lives as long as the pool's connections: closing the pool removes it.
      run(JdbcStore.create(ds));
    }
  }

  void run(JdbcStore store) {
    PrintWriter out = spec.commandLine().getOut();
    Labels l = Labels.of(lang);
    Walkthrough walk = new Walkthrough(store, zone, asOf);
    DemoProvince p = walk.province();
    Walkthrough.Story story = walk.play();

    out.println(l.get("title"));
    out.println();
    out.println(l.get("step.forward", p.clerk.fullName(), story.documentsForwarded));
    out.println(l.get("step.assign", String.join(", ", story.specialists), story.tasksAssigned,
        story.unitsAssigned.size()));
    out.println(l.get("step.report", story.progressReports, story.completions, story.returned));
    out.println(l.get("step.extend", story.extensionsApproved + story.extensionsRefused, story.extensionsApproved,
        story.extensionsRefused));
    out.println(l.get("step.withdraw", story.withdrawn));
    out.println();
    out.println(l.get("asof", l.date(asOf)));

    Unit health = p.assignees.get(0);
    List<Viewer> viewers = List.of(
        new Viewer(p.chairman, l.get("dashboard.office")),
        new Viewer(p.leaderOf(health), l.get("dashboard.unit", health.name())),
        new Viewer(p.officialOf(health, 0), l.get("dashboard.official", health.name())));
    for (Viewer v : viewers) {
      out.println();
      out.println("== " + l.get("dashboard", v.official().fullName(), v.role()) + " ==");
      Dashboards.counts(out, l, walk.counts(v.official()));
      List<TaskRow> overdue = walk.overdue(v.official());
      out.println();
      if (overdue.isEmpty()) {
        out.println(l.get("overdue.none"));
      } else {
        out.println(l.get("overdue.list", overdue.size()));
        Dashboards.rows(out, l, overdue, r -> p.unit(r.unit()).code());
      }
    }
    out.flush();
  }

  private record Viewer(Official official, String role) {}
}
