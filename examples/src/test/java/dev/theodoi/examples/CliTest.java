package dev.theodoi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command of the tool, through the real picocli command objects, with each exit code. */
class CliTest {
  @TempDir
  Path dir;

  private String db(String name) {
    return "jdbc:h2:file:" + dir.resolve(name).toAbsolutePath();
  }

  @Nested
  class WithoutADatabase {
    @Test
    void classifyPrintsTheCodeTheVietnameseLabelAndTheReason() {
      Cli.Result late = Cli.run("classify", "--deadline", "2026-06-30", "--completed", "2026-07-01", "--as-of", "2026-07-05");
      Cli.Result extended = Cli.run("classify", "--deadline", "2026-06-30", "--completed", "none", "--as-of",
          "2026-07-10", "--extension", "2026-07-31@2026-06-29");
      Cli.Result overdue = Cli.run("classify", "--deadline", "2026-06-30", "--completed", "none", "--as-of", "2026-07-01",
          "--lang", "en");
      Cli.Result none = Cli.run("classify", "--deadline", "none", "--completed", "2026-03-01", "--as-of", "2026-03-02");

      assertThat(late.exit()).isZero();
      assertThat(late.out()).isEqualTo("COMPLETED_LATE\nĐã hoàn thành quá hạn\n"
          + "hoàn thành ngày 01/07/2026, sau thời hạn 30/06/2026\n");
      assertThat(extended.out()).startsWith("IN_PROGRESS\nĐang thực hiện trong hạn\n")
          .contains("chưa quá thời hạn 31/07/2026 (đã gia hạn từ 30/06/2026)");
      assertThat(overdue.out()).isEqualTo("OVERDUE\nQuá hạn chưa hoàn thành\n"
          + "not completed by 2026-07-01; the deadline 2026-06-30 has passed\n");
      assertThat(none.out()).startsWith("COMPLETED_ON_TIME\n").contains("không có thời hạn");
    }

    @Test
    void calendarAnswersBothQuestions() {
      assertThat(Cli.run("calendar", "--from", "2026-02-13", "--plus-working-days", "1").out()).isEqualTo("2026-02-23\n");
      assertThat(Cli.run("calendar", "--is-working-day", "2026-01-10").out()).isEqualTo("true\n");
      assertThat(Cli.run("calendar", "--is-working-day", "2026-09-02").out()).isEqualTo("false\n");
    }

    @Test
    void calendarTakesTheHostsHolidaysAndRefusesYearsWithoutData() throws Exception {
      Path file = dir.resolve("2027.csv");
      Files.writeString(file, "2027-01-01,holiday,Tết Dương lịch\n", StandardCharsets.UTF_8);

      assertThat(Cli.run("calendar", "--from", "2026-12-31", "--plus-working-days", "1", "--holidays", file.toString())
          .out()).isEqualTo("2027-01-04\n");
      Cli.Result uncovered = Cli.run("calendar", "--is-working-day", "2027-03-01");
      assertThat(uncovered.exit()).isEqualTo(3);
      assertThat(uncovered.err()).contains("no data for 2027");
    }

    @Test
    void parseNumberPrintsThePartsOrTheReason() {
      Cli.Result ok = Cli.run("parse-number", "23/2016/QĐ-UBND");
      Cli.Result bad = Cli.run("parse-number", "23/1890/QĐ-UBND");

      assertThat(ok.exit()).isZero();
      assertThat(ok.out()).contains("format:   LEGAL").contains("year:     2016").contains("type:     QĐ")
          .contains("issuer:   UBND").contains("printed:  23/2016/QĐ-UBND");
      assertThat(bad.exit()).isEqualTo(3);
      assertThat(bad.err()).contains("year 1890 out of range 1945–2100");
    }

    @Test
    void badUsageIsExitCodeTwoWithHelpOnEveryCommand() {
      assertThat(Cli.run("classify", "--deadline", "30/06/2026", "--completed", "none", "--as-of", "2026-07-01").exit())
          .isEqualTo(2);
      assertThat(Cli.run("dashboard").exit()).as("--as-of is required").isEqualTo(2);
      assertThat(Cli.run("no-such-command").exit()).isEqualTo(2);
      assertThat(Cli.run("list", "--as-of", "2026-01-01", "--status", "LOST").exit()).isEqualTo(2);
      assertThat(Cli.run().exit()).isEqualTo(2);
      for (String command : new String[] {"demo", "init", "import", "export", "dashboard", "list", "stats", "remind",
          "classify", "calendar", "parse-number"}) {
        Cli.Result help = Cli.run(command, "--help");
        assertThat(help.exit()).as(command).isZero();
        assertThat(help.out()).as(command).contains("Usage: theodoi " + command);
      }
      assertThat(Cli.run("--help").out()).contains("Exit codes:").contains("4   database unreachable");
    }

    @Test
    void anUnreachableDatabaseIsExitCodeFour() {
      Cli.Result r = Cli.run("dashboard", "--as-of", "2026-06-30", "--db", "jdbc:postgresql://127.0.0.1:1/none");

      assertThat(r.exit()).isEqualTo(4);
      assertThat(r.err()).contains("database unreachable");
    }
  }

  @Nested
  class OnADatabase {
    private String demoDb;

    @BeforeEach
    void demo() {
      demoDb = db("demo");
      assertThat(Cli.run("demo", "--db", demoDb).exit()).isZero();
    }

    @Test
    void initCreatesTheSchemaAndIsRepeatable() {
      String fresh = db("fresh");
      assertThat(Cli.run("init", "--db", fresh).out()).contains("schema ready (H2");
      assertThat(Cli.run("init", "--db", fresh).exit()).isZero();
    }

    @Test
    void dashboardAsJsonHasTheDocumentedKeys() throws Exception {
      Cli.Result r = Cli.run("dashboard", "--db", demoDb, "--as-of", "2026-10-15", "--json");
      Cli.Result unit = Cli.run("dashboard", "--db", demoDb, "--as-of", "2026-10-15", "--unit", "SYT", "--json");
      Cli.Result official = Cli.run("dashboard", "--db", demoDb, "--as-of", "2026-10-15", "--official", "syt-cv1");

      assertThat(r.exit()).isZero();
      JsonNode json = new ObjectMapper().readTree(r.out());
      assertThat(json.fieldNames()).toIterable().containsExactly("asOf", "scope", "total", "completedOnTime",
          "completedLate", "inProgress", "overdue", "dueSoon", "noDeadline");
      assertThat(json.get("asOf").asText()).isEqualTo("2026-10-15");
      assertThat(json.get("scope").asText()).isEqualTo("all");
      assertThat(json.get("total").asLong()).isEqualTo(json.get("completedOnTime").asLong()
          + json.get("completedLate").asLong() + json.get("inProgress").asLong() + json.get("overdue").asLong());
      assertThat(new ObjectMapper().readTree(unit.out()).get("scope").asText()).isEqualTo("unit:SYT");
      assertThat(official.out()).contains("Tổng số");
      assertThat(Cli.run("dashboard", "--db", demoDb, "--as-of", "2026-10-15", "--unit", "NOPE").exit()).isEqualTo(3);
    }

    @Test
    void listPagesTheRowsBehindACount() throws Exception {
      JsonNode all = new ObjectMapper().readTree(Cli.run("dashboard", "--db", demoDb, "--as-of", "2026-10-15",
          "--json").out());
      Cli.Result page = Cli.run("list", "--db", demoDb, "--as-of", "2026-10-15", "--status", "OVERDUE", "--size", "5",
          "--page", "2", "--json");
      Cli.Result table = Cli.run("list", "--db", demoDb, "--as-of", "2026-10-15", "--status", "OVERDUE", "--unit", "SYT");

      JsonNode json = new ObjectMapper().readTree(page.out());
      assertThat(json.get("total").asLong()).isEqualTo(all.get("overdue").asLong());
      assertThat(json.get("items")).hasSize(5);
      assertThat(json.get("items").get(0).get("status").asText()).isEqualTo("OVERDUE");
      assertThat(table.out()).contains("Quá hạn chưa hoàn thành").contains("SYT");
      assertThat(Cli.run("list", "--db", demoDb, "--as-of", "2026-10-15", "--status", "OVERDUE", "--page", "0").exit())
          .isEqualTo(2);
    }

    @Test
    void statsInEveryFormat() throws Exception {
      Cli.Result table = Cli.run("stats", "--db", demoDb, "--from", "2026-01-01", "--to", "2026-06-30");
      Cli.Result csv = Cli.run("stats", "--db", demoDb, "--from", "2026-01-01", "--to", "2026-06-30", "--format", "csv");
      Cli.Result json = Cli.run("stats", "--db", demoDb, "--from", "2026-01-01", "--to", "2026-06-30", "--by", "leader",
          "--format", "json");

      assertThat(table.out()).contains("Sở Y tế").contains("Tỷ lệ đúng hạn (đến hạn trong kỳ)");
      assertThat(csv.out()).startsWith("key,assigned,completedOnTime,").contains("\nsyt,");
      assertThat(new ObjectMapper().readTree(json.out()).at("/statistics/grouping").asText())
          .isEqualTo("DIRECTING_LEADER");
      assertThat(Cli.run("stats", "--db", demoDb, "--from", "2026-06-30", "--to", "2026-01-01").exit()).isEqualTo(2);
    }

    @Test
    void remindSendsEachReminderOnce() {
      Cli.Result first = Cli.run("remind", "--db", demoDb, "--as-of", "2026-10-15");
      Cli.Result again = Cli.run("remind", "--db", demoDb, "--as-of", "2026-10-15");

      assertThat(first.exit()).isZero();
      assertThat(first.out()).contains("overdue-").contains("before-3");
      assertThat(again.out()).isEqualTo("Không có nhắc việc nào đến hạn ngày 15/10/2026.\n");
    }

    @Test
    void exportThenImportIntoAnEmptyDatabaseGivesTheSameDashboard() throws Exception {
      Path file = dir.resolve("export.json");
      assertThat(Cli.run("export", "--db", demoDb, "--as-of", "2026-10-15", file.toString()).exit()).isZero();
      String copy = db("copy");

      Cli.Result imported = Cli.run("import", "--db", copy, file.toString());
      Cli.Result again = Cli.run("import", "--db", copy, file.toString());

      assertThat(imported.exit()).isZero();
      assertThat(imported.out()).contains("units 11, officials 35").contains("tasks added 64");
      assertThat(imported.err()).contains("đã đọc 24 văn bản và 64 nhiệm vụ");
      assertThat(again.out()).contains("tasks added 0, updated 0, unchanged 64");
      assertThat(Cli.run("dashboard", "--db", copy, "--as-of", "2026-10-15", "--json").out())
          .isEqualTo(Cli.run("dashboard", "--db", demoDb, "--as-of", "2026-10-15", "--json").out());
      assertThat(Cli.run("dashboard", "--db", copy, "--as-of", "2026-10-15", "--unit", "SYT", "--json").out())
          .isEqualTo(Cli.run("dashboard", "--db", demoDb, "--as-of", "2026-10-15", "--unit", "SYT", "--json").out());
    }

    @Test
    void importingBadDataIsExitCodeThreeWithTheReasons() throws Exception {
      Path bad = dir.resolve("bad.json");
      Files.writeString(bad, "{\"format\": \"theodoi/1\", \"documents\": [{\"id\": \"x\", \"number\": \"5/QĐ-UBND\","
          + " \"type\": \"Quyết định\", \"issuedOn\": \"2026-02-30\", \"summary\": \"s\", \"signer\": \"s\","
          + " \"issuingBody\": \"b\"}]}", StandardCharsets.UTF_8);
      Path malformed = dir.resolve("malformed.json");
      Files.writeString(malformed, "{\"format\": \"theodoi/9\"}", StandardCharsets.UTF_8);

      Cli.Result r = Cli.run("import", "--db", db("bad"), bad.toString());
      Cli.Result m = Cli.run("import", "--db", db("bad"), malformed.toString());
      Cli.Result missing = Cli.run("import", "--db", db("bad"), dir.resolve("nope.json").toString());

      assertThat(r.exit()).isEqualTo(3);
      assertThat(r.err()).contains("/documents/0/number: '5/QĐ-UBND' is not a valid DocumentNumber")
          .contains("1 record(s) rejected");
      assertThat(m.exit()).isEqualTo(3);
      assertThat(m.err()).contains("unknown format theodoi/9");
      assertThat(missing.exit()).isEqualTo(3);
      assertThat(missing.err()).contains("no such file");
    }
  }
}
