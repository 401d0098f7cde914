package dev.theodoi.json;

import static dev.theodoi.testing.Fixtures.VIETNAM;
import static dev.theodoi.testing.Fixtures.d2026;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.theodoi.domain.status.DueSoonWindow;
import dev.theodoi.domain.task.TaskId;
import dev.theodoi.inmemory.InMemoryDirectory;
import dev.theodoi.inmemory.InMemoryStore;
import dev.theodoi.port.AsOf;
import dev.theodoi.port.Grouping;
import dev.theodoi.port.PageRequest;
import dev.theodoi.port.Period;
import dev.theodoi.port.Scope;
import dev.theodoi.port.TaskFilter;
import dev.theodoi.port.TrackingStore;
import dev.theodoi.testing.Fixtures;
import dev.theodoi.testing.SampleData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Export, import, the schema and the golden example. */
class ExchangeTest {
  private static final DueSoonWindow WINDOW = DueSoonWindow.calendarDays(3);

  private static InMemoryStore loaded(SampleData data) {
    InMemoryStore store = InMemoryStore.create();
    store.transactions().inTransaction(() -> {
      data.documents.forEach(store.documents()::add);
      data.tasks.forEach(store.tasks()::add);
      return null;
    });
    return store;
  }

  static byte[] exportAll(TrackingStore store, LocalDate asOf) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Exporter.from(store).pageSize(7).exportAll(out, asOf,
        Optional.of(InMemoryDirectory.of(Fixtures.UNITS, Fixtures.OFFICIALS)));
    return out.toByteArray();
  }

  @Test
  void anExportValidatesAgainstTheShippedSchema() {
    byte[] json = exportAll(loaded(SampleData.generate(7, 60)), d2026(7, 1));

    Schemas.assertValid(json);
    assertThat(new String(json, StandardCharsets.UTF_8)).startsWith("{\n  \"format\" : \"theodoi/1\"")
        .contains("\"asOf\" : \"2026-07-01\"").contains("+07:00\"");
  }

  @Test
  void exportingThenImportingIntoAnEmptyStoreReproducesTheDashboards() {
    InMemoryStore original = loaded(SampleData.generate(11, 150));
    byte[] json = exportAll(original, d2026(12, 31));
    InMemoryStore copy = InMemoryStore.create();

    ImportReport report = Importer.into(copy).batchSize(40).importFrom(new ByteArrayInputStream(json));

    assertThat(report.isClean()).isTrue();
    assertThat(report.tasksAdded()).isEqualTo(150);
    assertThat(report.units()).containsExactlyInAnyOrderElementsOf(Fixtures.UNITS);
    assertThat(report.officials()).containsExactlyInAnyOrderElementsOf(Fixtures.OFFICIALS);
    for (LocalDate d : List.of(d2026(2, 1), d2026(5, 15), d2026(9, 30), d2026(12, 31))) {
      AsOf asOf = AsOf.of(d, VIETNAM, WINDOW);
      for (Scope s : List.of(Scope.allTasks(), Scope.allAssignments(), Scope.unit(Fixtures.HEALTH.id()),
          Scope.official(Fixtures.HEALTH_OFFICIAL.id()))) {
        assertThat(copy.queries().counts(s, TaskFilter.NONE, asOf)).as("%s on %s", s, d)
            .isEqualTo(original.queries().counts(s, TaskFilter.NONE, asOf));
      }
      assertThat(copy.queries().list(Scope.allTasks(), TaskFilter.NONE, asOf, PageRequest.first(500)).items())
          .isEqualTo(original.queries().list(Scope.allTasks(), TaskFilter.NONE, asOf, PageRequest.first(500)).items());
    }
    assertThat(new String(exportAll(copy, d2026(12, 31)), StandardCharsets.UTF_8))
        .isEqualTo(new String(json, StandardCharsets.UTF_8));
  }

  @Test
  void importingTheSameFileTwiceChangesNothing() {
    byte[] json = exportAll(loaded(SampleData.generate(5, 30)), d2026(6, 1));
    InMemoryStore store = InMemoryStore.create();
    Importer.into(store).importFrom(new ByteArrayInputStream(json));

    ImportReport again = Importer.into(store).importFrom(new ByteArrayInputStream(json));

    assertThat(again.documentsAdded()).isZero();
    assertThat(again.tasksAdded()).isZero();
    assertThat(again.tasksUpdated()).isZero();
    assertThat(again.tasksUnchanged()).isEqualTo(30);
    assertThat(store.tasks().find(TaskId.of("task-0000")).orElseThrow().version()).as("never rewritten").isEqualTo(1);
    assertThat(new String(exportAll(store, d2026(6, 1)), StandardCharsets.UTF_8))
        .isEqualTo(new String(json, StandardCharsets.UTF_8));
  }

  @Test
  void statisticsAndDashboardExportsValidate() {
    InMemoryStore store = loaded(SampleData.generate(3, 80));
    ByteArrayOutputStream stats = new ByteArrayOutputStream();
    ByteArrayOutputStream dashboard = new ByteArrayOutputStream();

    Exporter.from(store).exportStatistics(stats, Grouping.UNIT, new Period(d2026(1, 1), d2026(6, 30)));
    Exporter.from(store).exportDashboard(dashboard, Scope.unit(Fixtures.HEALTH.id()), TaskFilter.NONE, d2026(6, 30));

    Schemas.assertValid(stats.toByteArray());
    Schemas.assertValid(dashboard.toByteArray());
    assertThat(stats.toString(StandardCharsets.UTF_8)).contains("\"base\" : \"DUE_IN_PERIOD\"")
        .contains("\"base\" : \"ALL_TASKS\"");
    assertThat(dashboard.toString(StandardCharsets.UTF_8)).contains("\"kind\" : \"unit\"");
  }

  @Test
  void theGoldenExampleImportsAndGivesTheDashboardsWorkedOutByHand() throws Exception {
    byte[] golden;
    try (InputStream in = getClass().getResourceAsStream("/golden/example.json")) {
      golden = in.readAllBytes();
    }
    Schemas.assertValid(golden);
    InMemoryStore store = InMemoryStore.create();

    ImportReport report = Importer.into(store).importFrom(new ByteArrayInputStream(golden));

    assertThat(report.isClean()).isTrue();
    assertThat(report.documentsAdded()).isEqualTo(1);
    assertThat(report.tasksAdded()).isEqualTo(2);
    AsOf mayFifth = AsOf.of(d2026(5, 5), VIETNAM, WINDOW);
    // nv-01 completed on 25/3, due 31/3: on time. nv-02 due 15/4, extended to 30/4 on 13/4, never done: overdue.
    assertThat(store.queries().counts(Scope.allTasks(), TaskFilter.NONE, mayFifth))
        .isEqualTo(dev.theodoi.domain.status.StatusCounts.of(1, 0, 0, 1, 0, 0));
    assertThat(store.queries().counts(Scope.unit(dev.theodoi.domain.directory.UnitId.of("syt")), TaskFilter.NONE, mayFifth))
        .isEqualTo(dev.theodoi.domain.status.StatusCounts.of(1, 0, 0, 1, 0, 0));
    assertThat(store.documents().forwardedTo(dev.theodoi.domain.directory.OfficialId.of("cv-minh"))).hasSize(1);
  }

  @Test
  void theReadmeShowsTheGoldenExampleVerbatim() throws Exception {
    Path module = Path.of("").toAbsolutePath();
    String golden = Files.readString(module.resolve("src/test/resources/golden/example.json"), StandardCharsets.UTF_8);
    String readme = Files.readString(module.resolveSibling("README.md"), StandardCharsets.UTF_8);

    assertThat(readme).contains(golden.strip());
    assertThat(new ObjectMapper().readTree(golden).get("format").asText()).isEqualTo(ExchangeFormat.FORMAT);
  }

  @Test
  void theReadmeCarriesTheShippedSchemaVerbatim() throws Exception {
    Path module = Path.of("").toAbsolutePath();
    String schema;
    try (InputStream in = ExchangeFormat.schema()) {
      schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(Files.readString(module.resolveSibling("README.md"), StandardCharsets.UTF_8)).contains(schema.strip());
  }
}
