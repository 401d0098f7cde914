package dev.theodoi.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.directory.UnitId;
import dev.theodoi.domain.status.DueSoonWindow;
import dev.theodoi.domain.status.StatusCounts;
import dev.theodoi.domain.status.TaskStatus;
import dev.theodoi.jdbc.JdbcStore;
import dev.theodoi.port.AsOf;
import dev.theodoi.port.Grouping;
import dev.theodoi.port.PageRequest;
import dev.theodoi.port.Period;
import dev.theodoi.port.Scope;
import dev.theodoi.port.TaskFilter;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The whole benchmark suite in one command. For each size N: generate N tasks, import them (in a JVM limited to
 * -Xmx256m) into H2 (file) and PostgreSQL, then time dashboards (office, one unit, one official) over 50 as-of dates
 * against a hand-written SQL query, the first and 500th page behind the overdue count, and a year of per-unit
 * statistics. Then JMH for the in-memory rules. Writes results/latest.md and results/latest.json.
 *
 * <p>Options: {@code --sizes 100000,1000000 --dates 50 --postgres URL|none --user postgres --password ''
 * --h2 file|none --out benchmarks/results --work DIR --jmh full|quick|none --budget-seconds 10} (each dashboard, list and
 * statistics measurement stops after its budget; the results say over how many dates).
 */
public final class Suite {
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private final Map<String, String> opts = new LinkedHashMap<>();
  private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final ObjectNode results = json.createObjectNode();
  private final StringBuilder md = new StringBuilder();
  private final long startNanos = System.nanoTime();

  public static void main(String[] args) throws Exception {
    Suite s = new Suite();
    for (int i = 0; i + 1 < args.length; i += 2) {
      s.opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    s.run();
  }

  /** Progress on stderr, with the time since the suite started, so a long run shows where it is. */
  private void progress(String what) {
    System.err.printf(Locale.ROOT, "[%5.0f s] %s%n", (System.nanoTime() - startNanos) / 1e9, what);
  }

  private String opt(String name, String fallback) {
    return opts.getOrDefault(name, fallback);
  }

  void run() throws Exception {
    Instant started = Instant.now();
    Path out = Path.of(opt("out", "benchmarks/results"));
    Path work = Path.of(opt("work", System.getProperty("java.io.tmpdir"))).resolve("theodoi-bench");
    Files.createDirectories(out);
    Files.createDirectories(work);
    int dates = Integer.parseInt(opt("dates", "50"));
    String pg = opt("postgres", System.getenv().getOrDefault("THEODOI_TEST_POSTGRES_URL",
        "jdbc:postgresql://127.0.0.1:5432/test"));
    String user = opt("user", System.getenv().getOrDefault("THEODOI_TEST_POSTGRES_USER", "postgres"));
    String password = opt("password", System.getenv().getOrDefault("THEODOI_TEST_POSTGRES_PASSWORD", ""));
    List<Integer> sizes = Arrays.stream(opt("sizes", "100000,1000000").split(",")).map(Integer::parseInt).toList();

    results.put("date", LocalDate.now(VIETNAM).toString());
    results.set("machine", machine());
    md.append("# theodoi benchmarks\n\nMeasured ").append(LocalDate.now(VIETNAM)).append(" with `")
        .append(String.join(" ", opts.entrySet().stream().map(e -> "--" + e.getKey() + " " + e.getValue()).toList()))
        .append("`.\n\n").append(machineMd()).append('\n');
    ArrayNode runs = results.putArray("sizes");
    for (int n : sizes) {
      ObjectNode r = runs.addObject();
      r.put("tasks", n);
      md.append("## ").append(String.format(Locale.ROOT, "%,d", n)).append(" tasks\n\n");
      Path file = work.resolve("tasks-" + n + ".json");
      long t0 = System.nanoTime();
      progress(String.format(Locale.ROOT, "generating %,d tasks", n));
      int documents = DataGenerator.write(file, n, 2026);
      r.put("documents", documents);
      r.put("generateSeconds", seconds(t0));
      r.put("fileMb", Files.size(file) / 1048576.0);
      md.append(String.format(Locale.ROOT, "Generated %,d documents and %,d tasks (%.0f MB of JSON) in %.1f s.%n%n",
          documents, n, Files.size(file) / 1048576.0, seconds(t0)));

      Path h2dir = work.resolve("h2-" + n);
      deleteTree(h2dir);
      String h2 = "jdbc:h2:file:" + h2dir.resolve("tracking").toAbsolutePath();
      List<Db> dbs = new ArrayList<>();
      if (!"none".equals(opt("h2", "file"))) {
        dbs.add(new Db("H2 (file)", h2, "sa", "", null));
      }
      if (!"none".equals(pg)) {
        String schema = "theodoi_bench_" + n;
        try (Connection c = DriverManager.getConnection(pg, user, password); Statement s = c.createStatement()) {
          s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
          s.execute("CREATE SCHEMA " + schema);
        }
        dbs.add(new Db("PostgreSQL", pg + (pg.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password,
            schema));
      }
      ObjectNode perDb = r.putObject("databases");
      for (Db db : dbs) {
        ObjectNode d = perDb.putObject(db.name);
        progress("importing into " + db.name);
        benchmarkDatabase(db, file, n, dates, d, pg, user, password);
      }
      Files.deleteIfExists(file);
      deleteTree(h2dir);
    }
    if (!"none".equals(opt("jmh", "full"))) {
      md.append("## In memory (JMH)\n\n");
      progress("JMH");
      results.set("jmh", jmh("quick".equals(opt("jmh", "full"))));
    }
    results.put("totalSeconds", ChronoUnit.MILLIS.between(started, Instant.now()) / 1000.0);
    md.append(String.format(Locale.ROOT, "%nWhole suite: %.0f s.%n", ChronoUnit.MILLIS.between(started, Instant.now()) / 1000.0));
    Files.writeString(out.resolve("latest.json"), json.writeValueAsString(results), StandardCharsets.UTF_8);
    Files.writeString(out.resolve("latest.md"), md.toString(), StandardCharsets.UTF_8);
    System.out.println(md);
  }

  private record Db(String name, String url, String user, String password, String pgSchema) {}

  /** The counts as one side of the comparison gives them; empty when the database cancelled the query. */
  @FunctionalInterface
  private interface CountsQuery {
    Optional<StatusCounts> counts(AsOf asOf) throws Exception;
  }

  /** One side of a dashboard comparison and what it measured. */
  private static final class Side {
    final String name;
    final CountsQuery query;
    final List<Double> millis = new ArrayList<>();
    double spentMs;
    boolean timedOut;

    Side(String name, CountsQuery query) {
      this.name = name;
      this.query = query;
    }
  }

  private void benchmarkDatabase(Db db, Path file, int n, int dateCount, ObjectNode d, String pgAdmin, String user,
      String password) throws Exception {
    md.append("### ").append(db.name).append("\n\n");
    // Import, in a JVM of its own limited to 256 MB of heap.
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        ImportMain.class.getName(), db.url, db.user, db.password, file.toString())
        .redirectErrorStream(true).start();
    String line = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException("import into " + db.name + " failed: " + line);
    }
    Map<String, String> imp = new LinkedHashMap<>();
    for (String kv : line.substring(line.lastIndexOf("tasks=")).split(" ")) {
      imp.put(kv.split("=")[0], kv.split("=")[1]);
    }
    double importSeconds = Double.parseDouble(imp.get("seconds"));
    ObjectNode in = d.putObject("import");
    in.put("seconds", importSeconds);
    in.put("tasksPerSecond", n / importSeconds);
    in.put("peakHeapMb", Double.parseDouble(imp.get("peakHeapMb")));
    in.put("maxHeapMb", Integer.parseInt(imp.get("maxHeapMb")));
    md.append(String.format(Locale.ROOT, "Import (JSON → %s, -Xmx256m): %.1f s, **%,.0f tasks/s**, peak heap %.0f MB.%n%n",
        db.name, importSeconds, n / importSeconds, Double.parseDouble(imp.get("peakHeapMb"))));

    progress(String.format(Locale.ROOT, "imported in %.1f s; dashboards", importSeconds));
    HikariConfig c = new HikariConfig();
    c.setJdbcUrl(db.url);
    c.setUsername(db.user);
    c.setPassword(db.password);
    c.setMaximumPoolSize(2);
    try (HikariDataSource ds = new HikariDataSource(c)) {
      if (db.pgSchema != null) {
        // What autovacuum does to freshly loaded tables: statistics, and the visibility map index-only scans need.
        try (Connection conn = ds.getConnection(); Statement s = conn.createStatement()) {
          s.execute("VACUUM ANALYZE");
        }
      }
      JdbcStore store = JdbcStore.create(ds);
      try (Connection conn = ds.getConnection()) {
        String version = conn.getMetaData().getDatabaseProductName() + " " + conn.getMetaData().getDatabaseProductVersion();
        d.put("version", version);
        md.append("Database: ").append(version).append(".\n\n");
      }
      List<LocalDate> asOfs = new ArrayList<>();
      LocalDate first = LocalDate.of(2022, 3, 1);
      long span = ChronoUnit.DAYS.between(first, LocalDate.of(2026, 12, 31));
      for (int i = 0; i < dateCount; i++) {
        asOfs.add(first.plusDays(span * i / Math.max(1, dateCount - 1)));
      }
      ObjectNode dash = d.putObject("dashboards");
      md.append("| dashboard | library p50 | library p95 | hand-written p50 | hand-written p95 | ratio (p50)"
          + " | from the history tables p50 | ratio (p50) |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
      String unit = DataGenerator.unitId(7);
      String official = DataGenerator.officialId(7, 1);
      for (HandWritten.Scope scope : HandWritten.Scope.values()) {
        Scope libScope = switch (scope) {
          case OFFICE -> Scope.allTasks();
          case UNIT -> Scope.unit(UnitId.of(unit));
          case OFFICIAL -> Scope.official(OfficialId.of(official));
        };
        String who = scope == HandWritten.Scope.UNIT ? unit : official;
        progress("dashboard " + scope.name().toLowerCase(Locale.ROOT));
        List<Side> sides = List.of(
            new Side("library", a -> Optional.of(store.queries().counts(libScope, TaskFilter.NONE, a))),
            new Side("handWritten", a -> HandWritten.counts(ds, scope, HandWritten.Form.PERIODS, who, a, budgetSeconds())),
            new Side("historyTables",
                a -> HandWritten.counts(ds, scope, HandWritten.Form.HISTORY, who, a, budgetSeconds())));
        // Warm up on a date that is not measured: H2 reuses the result of a query it has just run unchanged.
        AsOf warmUp = AsOf.of(asOfs.get(0).minusDays(1), VIETNAM, DueSoonWindow.calendarDays(3));
        for (Side side : sides) {
          side.timedOut = side.query.counts(warmUp).isEmpty();
        }
        // Each side stops after its time budget; the results say over how many dates each was measured. A single
        // query that runs longer than the whole budget is cancelled and reported as timed out. Every side must
        // give the library's counts.
        for (LocalDate date : asOfs) {
          AsOf a = AsOf.of(date, VIETNAM, DueSoonWindow.calendarDays(3));
          StatusCounts expected = null;
          for (Side side : sides) {
            if (side.timedOut || side.spentMs >= budgetSeconds() * 1000.0) {
              continue;
            }
            long t = System.nanoTime();
            Optional<StatusCounts> counts = side.query.counts(a);
            if (counts.isEmpty()) {
              side.timedOut = true;
              continue;
            }
            side.millis.add(millis(t));
            side.spentMs += millis(t);
            if (expected == null && side == sides.get(0)) {
              expected = counts.get();
            } else if (expected != null && !expected.equals(counts.get())) {
              throw new IllegalStateException(side.name + " and library counts differ on " + date + " for " + scope
                  + ": " + counts.get() + " vs " + expected);
            }
          }
        }
        ObjectNode node = dash.putObject(scope.name().toLowerCase(Locale.ROOT));
        StringBuilder row = new StringBuilder("| " + scope.name().toLowerCase(Locale.ROOT));
        double library = pct(sides.get(0).millis, 50);
        for (Side side : sides) {
          ObjectNode measured = node.putObject(side.name);
          measured.put("dates", side.millis.size());
          if (side.millis.isEmpty()) {
            measured.putNull("p50Ms");
            measured.put("timedOutAfterSeconds", budgetSeconds());
            String cancelled = String.format(Locale.ROOT, " | > %d s (cancelled)", budgetSeconds());
            row.append(cancelled).append(side.name.equals("handWritten") ? " | " : "")
                .append(String.format(Locale.ROOT, " | < %.3f×", library / (budgetSeconds() * 1000.0)));
            continue;
          }
          measured.put("p50Ms", pct(side.millis, 50));
          measured.put("p95Ms", pct(side.millis, 95));
          if (side == sides.get(0)) {
            row.append(String.format(Locale.ROOT, " | %.1f ms | %.1f ms", pct(side.millis, 50), pct(side.millis, 95)));
          } else {
            measured.put("libraryRatioP50", library / pct(side.millis, 50));
            double ratio = library / pct(side.millis, 50);
            row.append(side.name.equals("handWritten")
                ? String.format(Locale.ROOT, " | %.1f ms | %.1f ms | %.2f×", pct(side.millis, 50), pct(side.millis, 95),
                    ratio)
                : String.format(Locale.ROOT, " | %.1f ms | %.2f×", pct(side.millis, 50), ratio));
          }
        }
        md.append(row).append(" |\n");
      }
      md.append(String.format(Locale.ROOT, "%nAs-of dates spread over 2022–2026; each side measured on up to %d of"
          + " them within a budget of %d s.%n", asOfs.size(), budgetSeconds()));
      // Lists and statistics as of a different date on every run, so no database can answer from a cached result.
      progress("lists and statistics");
      TaskFilter overdue = TaskFilter.NONE.withStatus(TaskStatus.OVERDUE);
      double firstPage = time(5, a -> store.queries().list(Scope.allTasks(), overdue, a, new PageRequest(1, 20)));
      double deepPage = time(5, a -> store.queries().list(Scope.allTasks(), overdue, a, new PageRequest(500, 20)));
      double stats = time(3, a -> store.queries().statistics(Grouping.UNIT,
          new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), a));
      ObjectNode lists = d.putObject("lists");
      lists.put("overdueFirstPageMs", firstPage);
      lists.put("overduePage500Ms", deepPage);
      d.put("unitStatisticsOneYearMs", stats);
      md.append(String.format(Locale.ROOT, "%nOverdue list of the office (20 rows, median over 5 as-of dates): first page %.1f ms,"
          + " page 500 %.1f ms. Per-unit statistics for 2026 (median over 3 as-of dates): %.1f ms.%n%n", firstPage, deepPage, stats));
    }
    if (db.pgSchema != null) {
      try (Connection conn = DriverManager.getConnection(pgAdmin, user, password); Statement s = conn.createStatement()) {
        s.execute("DROP SCHEMA " + db.pgSchema + " CASCADE");
      }
    }
  }

  private int budgetSeconds() {
    return Integer.parseInt(opt("budget-seconds", "10"));
  }

  /**
   * The median of up to {@code runs} timed runs after one warm-up, each as of a different day at the end of 2026,
   * stopping early once the budget is spent.
   */
  private double time(int runs, AsOfWork work) throws Exception {
    LocalDate end = LocalDate.of(2026, 12, 31);
    work.run(AsOf.of(end.minusDays(runs), VIETNAM, DueSoonWindow.calendarDays(3)));
    List<Double> t = new ArrayList<>();
    double spent = 0;
    for (int i = 0; i < runs && spent < budgetSeconds() * 1000.0; i++) {
      AsOf a = AsOf.of(end.minusDays(i), VIETNAM, DueSoonWindow.calendarDays(3));
      long s = System.nanoTime();
      work.run(a);
      t.add(millis(s));
      spent += t.get(t.size() - 1);
    }
    return pct(t, 50);
  }

  @FunctionalInterface
  private interface AsOfWork {
    void run(AsOf asOf) throws Exception;
  }

  private ObjectNode jmh(boolean quick) throws Exception {
    var options = new OptionsBuilder().include(InMemoryBenchmarks.class.getName())
        .warmupIterations(quick ? 1 : 3).warmupTime(TimeValue.seconds(1))
        .measurementIterations(quick ? 1 : 5).measurementTime(TimeValue.seconds(1))
        .forks(1).jvmArgs("-Xmx512m").build();
    ObjectNode node = json.createObjectNode();
    md.append("| benchmark | operations/s | ± (99.9%) |\n|---|---:|---:|\n");
    for (RunResult r : new Runner(options).run()) {
      String name = r.getParams().getBenchmark().replaceFirst(".*\\.", "");
      double score = r.getPrimaryResult().getScore();
      double error = r.getPrimaryResult().getScoreError();
      ObjectNode b = node.putObject(name);
      b.put("opsPerSecond", score);
      b.put("error", Double.isNaN(error) ? 0 : error);
      md.append(String.format(Locale.ROOT, "| %s | %,.0f | %,.0f |%n", name, score, Double.isNaN(error) ? 0 : error));
    }
    return node;
  }

  private ObjectNode machine() {
    ObjectNode m = json.createObjectNode();
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("cpu", cpu());
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    m.put("memoryGb", os.getTotalMemorySize() / 1073741824.0);
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    m.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    return m;
  }

  private String machineMd() {
    ObjectNode m = machine();
    return String.format(Locale.ROOT, "Machine: %d cores (%s), %.0f GB, %s; JVM %s.%n", m.get("cores").asInt(),
        m.get("cpu").asText(), m.get("memoryGb").asDouble(), m.get("os").asText(), m.get("jvm").asText());
  }

  private static String cpu() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
          .map(l -> l.replaceFirst(".*:\\s*", "")).findFirst().orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static double millis(long start) {
    return (System.nanoTime() - start) / 1e6;
  }

  private static double pct(List<Double> values, int p) {
    List<Double> s = values.stream().sorted().toList();
    int i = (int) Math.ceil(p / 100.0 * s.size()) - 1;
    return s.get(Math.max(0, Math.min(s.size() - 1, i)));
  }

  private static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }
}
