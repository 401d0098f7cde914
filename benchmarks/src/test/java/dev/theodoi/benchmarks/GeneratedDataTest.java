package dev.theodoi.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.directory.UnitId;
import dev.theodoi.domain.status.DueSoonWindow;
import dev.theodoi.domain.status.StatusCounts;
import dev.theodoi.jdbc.JdbcStore;
import dev.theodoi.json.ImportReport;
import dev.theodoi.json.Importer;
import dev.theodoi.port.AsOf;
import dev.theodoi.port.Scope;
import dev.theodoi.port.TaskFilter;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's inputs and yardstick, at a small size: the generated file imports cleanly with the shape the suite
 * promises, and the hand-written queries give exactly the library's counts (timings are never asserted here).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedDataTest {
  private static final int TASKS = 3_000;
  private final JdbcDataSource ds = new JdbcDataSource();
  private JdbcStore store;
  private ImportReport report;
  private int documents;

  @BeforeAll
  void importGeneratedFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("tasks.json");
    documents = DataGenerator.write(file, TASKS, 2026);
    ds.setURL("jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    store = JdbcStore.create(ds);
    store.migrate();
    try (InputStream in = Files.newInputStream(file)) {
      report = Importer.into(store).batchSize(2000).importFrom(in);
    }
    store.directory().save(report.units(), report.officials());
  }

  @Test
  void theGeneratedFileImportsCleanlyWithTheShapeTheSuiteDescribes() throws Exception {
    assertThat(report.rejections()).isEmpty();
    assertThat(report.tasksAdded()).isEqualTo(TASKS);
    assertThat(report.documentsAdded()).isEqualTo(documents).isEqualTo(TASKS / 3);
    assertThat(report.units()).hasSize(DataGenerator.UNITS + 1);
    assertThat(report.units()).anySatisfy(u -> assertThat(u.name()).contains("Đông Hà"));
    assertThat(scalar("SELECT COUNT(*) FROM theodoi_assignment WHERE responsibility = 'LEAD'")).isEqualTo(TASKS);
    double coordinating = scalar("SELECT COUNT(*) FROM theodoi_assignment WHERE responsibility = 'COORDINATING'")
        / (double) TASKS;
    assertThat(coordinating).isCloseTo(2.0, within(0.2));
    double extended = scalar("SELECT COUNT(DISTINCT task_id) FROM theodoi_extension") / (double) TASKS;
    assertThat(extended).isCloseTo(0.05, within(0.02));
    assertThat(scalar("SELECT COUNT(*) FROM theodoi_report")).isPositive();
    assertThat(scalar("SELECT MIN(EXTRACT(YEAR FROM issued_on)) FROM theodoi_document")).isEqualTo(2022);
    assertThat(scalar("SELECT MAX(EXTRACT(YEAR FROM issued_on)) FROM theodoi_document")).isEqualTo(2026);
  }

  @Test
  void bothHandWrittenFormsGiveTheLibrarysCountsForEveryScope() throws Exception {
    String unit = DataGenerator.unitId(7);
    String official = DataGenerator.officialId(7, 1);
    for (LocalDate date : new LocalDate[] {LocalDate.of(2022, 6, 30), LocalDate.of(2024, 2, 15),
        LocalDate.of(2026, 12, 31)}) {
      AsOf asOf = AsOf.of(date, Suite.VIETNAM, DueSoonWindow.calendarDays(3));
      for (HandWritten.Scope scope : HandWritten.Scope.values()) {
        Scope libraryScope = switch (scope) {
          case OFFICE -> Scope.allTasks();
          case UNIT -> Scope.unit(UnitId.of(unit));
          case OFFICIAL -> Scope.official(OfficialId.of(official));
        };
        StatusCounts library = store.queries().counts(libraryScope, TaskFilter.NONE, asOf);
        assertThat(library.total()).as("%s on %s", scope, date).isPositive();
        String who = scope == HandWritten.Scope.UNIT ? unit : official;
        for (HandWritten.Form form : HandWritten.Form.values()) {
          assertThat(HandWritten.counts(ds, scope, form, who, asOf, 60))
              .as("%s, %s form, on %s", scope, form, date).contains(library);
        }
      }
    }
  }

  private long scalar(String query) throws Exception {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
