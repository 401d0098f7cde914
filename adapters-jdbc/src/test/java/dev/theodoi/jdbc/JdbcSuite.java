package dev.theodoi.jdbc;

import dev.theodoi.contract.DocumentsContract;
import dev.theodoi.contract.ReminderLogContract;
import dev.theodoi.contract.TaskHistoryContract;
import dev.theodoi.contract.TaskQueriesContract;
import dev.theodoi.contract.TasksContract;
import dev.theodoi.contract.TransactionsContract;
import dev.theodoi.port.TrackingStore;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;

/**
 * Everything the JDBC store must pass, on one database: every contract suite of core, and the adapter's own
 * tests. A concrete subclass per database names it.
 */
abstract class JdbcSuite {
  abstract TestDatabase database();

  private final Map<TrackingStore, TestDatabase.Fresh> open = new IdentityHashMap<>();

  /** A migrated store on a fresh database. */
  TrackingStore newStore() {
    TestDatabase.Fresh fresh = database().fresh();
    JdbcStore store = JdbcStore.create(fresh.pool(4));
    store.migrate();
    open.put(store, fresh);
    return store;
  }

  void release(TrackingStore store) {
    TestDatabase.Fresh fresh = open.remove(store);
    if (fresh != null) {
      fresh.close();
    }
  }

  @Nested
  class Documents extends DocumentsContract {
    @Override
    protected TrackingStore newStore() {
      return JdbcSuite.this.newStore();
    }

    @Override
    protected void releaseStore(TrackingStore store) {
      release(store);
    }
  }

  @Nested
  class Tasks extends TasksContract {
    @Override
    protected TrackingStore newStore() {
      return JdbcSuite.this.newStore();
    }

    @Override
    protected void releaseStore(TrackingStore store) {
      release(store);
    }
  }

  @Nested
  class History extends TaskHistoryContract {
    @Override
    protected TrackingStore newStore() {
      return JdbcSuite.this.newStore();
    }

    @Override
    protected void releaseStore(TrackingStore store) {
      release(store);
    }
  }

  @Nested
  class Reminders extends ReminderLogContract {
    @Override
    protected TrackingStore newStore() {
      return JdbcSuite.this.newStore();
    }

    @Override
    protected void releaseStore(TrackingStore store) {
      release(store);
    }
  }

  @Nested
  class Transactions extends TransactionsContract {
    @Override
    protected TrackingStore newStore() {
      return JdbcSuite.this.newStore();
    }

    @Override
    protected void releaseStore(TrackingStore store) {
      release(store);
    }
  }

  @Nested
  class Queries extends TaskQueriesContract {
    @Override
    protected TrackingStore newStore() {
      return JdbcSuite.this.newStore();
    }

    @Override
    protected void releaseStore(TrackingStore store) {
      release(store);
    }
  }

  @Nested
  class Directories extends dev.theodoi.contract.DirectoryContract {
    private TrackingStore store;

    @Override
    protected dev.theodoi.port.Directory fixturesDirectory() {
      store = JdbcSuite.this.newStore();
      JdbcDirectory directory = ((JdbcStore) store).directory();
      directory.save(dev.theodoi.testing.Fixtures.UNITS, dev.theodoi.testing.Fixtures.OFFICIALS);
      directory.save(List.of(), List.of(dev.theodoi.testing.Fixtures.HEALTH_OFFICIAL));
      return directory;
    }

    @Override
    protected void releaseDirectory() {
      release(store);
    }
  }

  @Nested
  class SeedWorkflow extends dev.theodoi.application.SeedWorkflowScenarioTest {
    @Override
    protected TrackingStore newStore() {
      return JdbcSuite.this.newStore();
    }

    @Override
    protected void releaseStore(TrackingStore store) {
      release(store);
    }
  }

  @Nested
  class Atomicity extends AtomicityTests {
    @Override
    TestDatabase database() {
      return JdbcSuite.this.database();
    }
  }

  @Nested
  class OptimisticLocking extends OptimisticLockingTests {
    @Override
    TestDatabase database() {
      return JdbcSuite.this.database();
    }
  }

  @Nested
  class Text extends TextTests {
    @Override
    TestDatabase database() {
      return JdbcSuite.this.database();
    }
  }

  @Nested
  class Migrations extends MigrationTests {
    @Override
    TestDatabase database() {
      return JdbcSuite.this.database();
    }
  }
}
