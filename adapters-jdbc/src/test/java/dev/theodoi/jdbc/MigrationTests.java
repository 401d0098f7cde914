package dev.theodoi.jdbc;

import static dev.theodoi.testing.Fixtures.d2026;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.theodoi.domain.document.DocumentId;
import dev.theodoi.testing.Fixtures;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
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

    assertThat(store.migrate()).isEqualTo(2);
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
