package dev.theodoi.jdbc;

import static dev.theodoi.testing.Fixtures.HEALTH;
import static dev.theodoi.testing.Fixtures.d2026;
import static org.assertj.core.api.Assertions.assertThat;

import dev.theodoi.domain.document.Document;
import dev.theodoi.domain.task.Task;
import dev.theodoi.domain.task.Verdict;
import dev.theodoi.testing.Fixtures;
import dev.theodoi.testing.TaskBuilder;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * A host may hand the store a DataSource that opens a new connection each time (H2's own {@link JdbcDataSource}, as
 * many test setups do), so the schema is created on a connection that is closed before anything is written. H2 2.4.240
 * then failed every CHECK constraint that compares text ("Check constraint invalid … The database has been closed",
 * h2database issues 4302 and 4308); the build pins an H2 without that fault, and this test keeps it so.
 */
class UnpooledDataSourceTest {
  @Test
  void everyCheckedColumnIsWrittenThroughConnectionsOpenedAfterTheMigration() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:unpooled-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    JdbcStore store = JdbcStore.create(ds);
    store.migrate();

    Document doc = Fixtures.directive("doc-1", 7, d2026(3, 2));
    store.documents().add(doc);
    Task task = TaskBuilder.extendedTo(TaskBuilder.returnedFor(TaskBuilder.completedBy(
        TaskBuilder.aTask().id("t-1").onDocument(doc.id()).due(d2026(3, 31)).ledBy(HEALTH).build(),
        HEALTH.id(), d2026(3, 20)), HEALTH.id(), d2026(3, 21)), d2026(4, 30), d2026(3, 25));
    store.tasks().add(task);

    Task stored = store.tasks().find(task.id()).orElseThrow();
    assertThat(stored.withVersion(0)).isEqualTo(task);
    assertThat(stored.extensions().get(0).decision().orElseThrow().verdict()).isEqualTo(Verdict.APPROVED);
  }
}
