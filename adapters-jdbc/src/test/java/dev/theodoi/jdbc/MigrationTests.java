package dev.theodoi.jdbc;

import static dev.theodoi.testing.Fixtures.d2026;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.theodoi.domain.document.Document;
import dev.theodoi.domain.document.DocumentId;
import dev.theodoi.domain.status.DueSoonWindow;
import dev.theodoi.domain.task.Assignment;
import dev.theodoi.domain.task.Completion;
import dev.theodoi.domain.task.ExtensionRequest;
import dev.theodoi.domain.task.Task;
import dev.theodoi.domain.task.Withdrawal;
import dev.theodoi.inmemory.InMemoryStore;
import dev.theodoi.port.AsOf;
import dev.theodoi.port.PageRequest;
import dev.theodoi.port.Scope;
import dev.theodoi.port.TaskFilter;
import dev.theodoi.testing.SampleData;
import dev.theodoi.testing.Fixtures;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** The schema is applied by an explicit call, with a table prefix, next to the host's own tables. */
abstract class MigrationTests extends FreshDatabaseTests {


  private static List<String> tables(DataSource ds) throws Exception {
    List<String> names = new ArrayList<>();
    try (Connection c = ds.getConnection()) {
      DatabaseMetaData md = c.getMetaData();
      String schema = c.getSchema();
      try (ResultSet rs = md.getTables(c.getCatalog(), schema, "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
        }
      }
    }
    return names;
  }

  @Test
  void migrateCreatesThePrefixedTablesOnceAndLeavesTheHostsTablesAlone() throws Exception {
    TestDatabase.Fresh fresh = fresh();
    DataSource ds = fresh.pool(2);
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE host_users (id INT PRIMARY KEY, name VARCHAR(100))");
      s.execute("INSERT INTO host_users VALUES (1, 'Nguyễn Văn A')");
    }
    JdbcStore store = JdbcStore.builder(ds).tablePrefix("qlvb_td_").build();

    int migrations = store.dialect() == Dialect.POSTGRESQL ? 5 : 4;
    assertThat(store.migrate()).isEqualTo(migrations);
    assertThat(store.migrate()).as("already up to date").isZero();

    assertThat(tables(ds)).contains("host_users", "qlvb_td_schema_history", "qlvb_td_document", "qlvb_td_task",
        "qlvb_td_assignment", "qlvb_td_assignee", "qlvb_td_report", "qlvb_td_completion", "qlvb_td_extension",
        "qlvb_td_history", "qlvb_td_reminder", "qlvb_td_forwarding");
    assertThat(tables(ds)).noneMatch(t -> t.startsWith("theodoi_"));
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT name FROM host_users WHERE id = 1")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("Nguyễn Văn A");
    }
  }

  /**
   * A database written at schema version 2 (before assignment rows carried their status summary) answers the
   * dashboards exactly as the status rules say once migrated: version 3 derives the summary from the history.
   */
  @Test
  void migratingAVersionTwoDatabaseDerivesTheStatusSummaryFromTheHistory() {
    TestDatabase.Fresh fresh = fresh();
    DataSource ds = fresh.pool(2);
    JdbcStore store = JdbcStore.create(ds);
    assertThat(store.migrateTo("2")).isEqualTo(2);
    SampleData data = SampleData.generate(20261204L, 120);
    writeAtVersionTwo(Jdbi.create(ds), data);

    assertThat(store.migrate()).isPositive();

    InMemoryStore oracle = InMemoryStore.create();
    oracle.documents().addAll(data.documents);
    oracle.tasks().addAll(data.tasks);
    for (Task t : data.tasks) {
      assertThat(store.tasks().find(t.id())).as("task %s", t.id()).contains(t.withVersion(1));
    }
    for (LocalDate d : List.of(d2026(2, 1), d2026(4, 15), d2026(6, 30), d2026(9, 1), d2026(12, 31))) {
      AsOf asOf = AsOf.of(d, Fixtures.VIETNAM, DueSoonWindow.calendarDays(7));
      for (Scope scope : List.of(Scope.allTasks(), Scope.allAssignments(), Scope.unit(Fixtures.HEALTH.id()),
          Scope.official(Fixtures.HEALTH_OFFICIAL.id()))) {
        assertThat(store.queries().counts(scope, TaskFilter.NONE, asOf)).as("%s on %s", scope, d)
            .isEqualTo(oracle.queries().counts(scope, TaskFilter.NONE, asOf));
      }
      assertThat(store.queries().list(Scope.allTasks(), TaskFilter.NONE, asOf, new PageRequest(1, 500)))
          .isEqualTo(oracle.queries().list(Scope.allTasks(), TaskFilter.NONE, asOf, new PageRequest(1, 500)));
    }
  }

  /** The rows of the tasks as the version 2 schema held them, written with plain SQL. */
  private static void writeAtVersionTwo(Jdbi jdbi, SampleData data) {
    jdbi.useTransaction(h -> {
      for (Document d : data.documents) {
        h.createUpdate("INSERT INTO theodoi_document (id, number_text, doc_type, issued_on, numbering_year, summary,"
                + " signer, issuing_body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(0, d.id().value()).bind(1, d.number().toString()).bind(2, d.type()).bind(3, d.issuedOn())
            .bind(4, d.issuedOn().getYear()).bind(5, d.summary()).bind(6, d.signer()).bind(7, d.issuingBody())
            .execute();
      }
      for (Task t : data.tasks) {
        String id = t.id().value();
        h.createUpdate("INSERT INTO theodoi_task (id, document_id, tracking_content, direction_content,"
                + " directing_leader, tracking_specialist, deadline, created_by, created_at, withdrawn_by, withdrawn_at,"
                + " withdrawal_reason, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")
            .bind(0, id).bind(1, t.document().value()).bind(2, t.trackingContent()).bind(3, t.directionContent())
            .bind(4, t.directingLeader().value()).bind(5, t.trackingSpecialist().value())
            .bind(6, t.deadline().orElse(null)).bind(7, t.createdBy().value()).bind(8, Sql.ts(t.createdAt()))
            .bind(9, t.withdrawal().map(w -> w.withdrawnBy().value()).orElse(null))
            .bind(10, t.withdrawal().map(w -> Sql.ts(w.withdrawnAt())).orElse(null))
            .bind(11, t.withdrawal().map(Withdrawal::reason).orElse(null))
            .execute();
        int ord = 0;
        for (Assignment a : t.assignments()) {
          String unit = a.unit().value();
          h.execute("INSERT INTO theodoi_assignment (task_id, unit_id, responsibility, lead_marker, ord)"
              + " VALUES (?, ?, ?, ?, ?)", id, unit, a.responsibility().name(), a.isLead() ? "Y" : null, ord++);
          int i = 0;
          for (var o : a.assignees()) {
            h.execute("INSERT INTO theodoi_assignee (task_id, unit_id, official_id, ord) VALUES (?, ?, ?, ?)", id, unit,
                o.value(), i++);
          }
          i = 0;
          for (var r : a.reports()) {
            h.execute("INSERT INTO theodoi_report (task_id, unit_id, seq, author_id, reported_at, body) VALUES"
                + " (?, ?, ?, ?, ?, ?)", id, unit, i++, r.author().value(), Sql.ts(r.reportedAt()), r.text());
          }
          i = 0;
          for (Completion c : a.completions()) {
            h.createUpdate("INSERT INTO theodoi_completion (task_id, unit_id, seq, completed_on, reported_by,"
                    + " reported_at, review_outcome, reviewed_by, reviewed_at, review_note)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(0, id).bind(1, unit).bind(2, i++).bind(3, c.completedOn()).bind(4, c.reportedBy().value())
                .bind(5, Sql.ts(c.reportedAt())).bind(6, c.review().map(v -> v.outcome().name()).orElse(null))
                .bind(7, c.review().map(v -> v.reviewedBy().value()).orElse(null))
                .bind(8, c.review().map(v -> Sql.ts(v.reviewedAt())).orElse(null))
                .bind(9, c.review().flatMap(v -> v.note()).orElse(null))
                .execute();
          }
        }
        int seq = 0;
        for (ExtensionRequest e : t.extensions()) {
          h.createUpdate("INSERT INTO theodoi_extension (task_id, seq, requested_deadline, reason, requested_by,"
                  + " requested_at, verdict, decided_by, decided_at, decision_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
              .bind(0, id).bind(1, seq++).bind(2, e.requestedDeadline()).bind(3, e.reason())
              .bind(4, e.requestedBy().value()).bind(5, Sql.ts(e.requestedAt()))
              .bind(6, e.decision().map(x -> x.verdict().name()).orElse(null))
              .bind(7, e.decision().map(x -> x.decidedBy().value()).orElse(null))
              .bind(8, e.decision().map(x -> Sql.ts(x.decidedAt())).orElse(null))
              .bind(9, e.decision().flatMap(x -> x.note()).orElse(null))
              .execute();
        }
      }
    });
  }

  @Test
  void twoPrefixesInOneDatabaseAreTwoIndependentStores() {
    TestDatabase.Fresh fresh = fresh();
    DataSource ds = fresh.pool(2);
    JdbcStore a = JdbcStore.builder(ds).tablePrefix("tinh_a_").build();
    JdbcStore b = JdbcStore.builder(ds).tablePrefix("tinh_b_").build();
    a.migrate();
    b.migrate();

    a.transactions().inTransaction(() -> {
      a.documents().add(Fixtures.directive("doc-1", 1, d2026(1, 5)));
      return null;
    });

    assertThat(a.documents().find(DocumentId.of("doc-1"))).isPresent();
    assertThat(b.documents().find(DocumentId.of("doc-1"))).isEmpty();
  }

  @Test
  void aBadPrefixIsRefusedBeforeAnythingIsWritten() {
    TestDatabase.Fresh fresh = fresh();
    DataSource ds = fresh.pool(1);

    assertThatThrownBy(() -> JdbcStore.builder(ds).tablePrefix("x; DROP TABLE y"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("table prefix");
    assertThatThrownBy(() -> JdbcStore.builder(ds).tablePrefix("Theodoi"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
