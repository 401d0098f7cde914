package dev.theodoi.inmemory;

import dev.theodoi.contract.DirectoryContract;
import dev.theodoi.contract.DocumentsContract;
import dev.theodoi.contract.ReminderLogContract;
import dev.theodoi.contract.TaskHistoryContract;
import dev.theodoi.contract.TaskQueriesContract;
import dev.theodoi.contract.TasksContract;
import dev.theodoi.contract.TransactionsContract;
import dev.theodoi.port.Directory;
import dev.theodoi.port.TrackingStore;
import dev.theodoi.testing.Fixtures;
import org.junit.jupiter.api.Nested;

/** The in-memory adapters pass every contract suite. */
class InMemoryContractsTest {
  @Nested
  class Documents extends DocumentsContract {
    @Override
    protected TrackingStore newStore() {
      return InMemoryStore.create();
    }
  }

  @Nested
  class Tasks extends TasksContract {
    @Override
    protected TrackingStore newStore() {
      return InMemoryStore.create();
    }
  }

  @Nested
  class History extends TaskHistoryContract {
    @Override
    protected TrackingStore newStore() {
      return InMemoryStore.create();
    }
  }

  @Nested
  class Reminders extends ReminderLogContract {
    @Override
    protected TrackingStore newStore() {
      return InMemoryStore.create();
    }
  }

  @Nested
  class Transactions extends TransactionsContract {
    @Override
    protected TrackingStore newStore() {
      return InMemoryStore.create();
    }
  }

  @Nested
  class Queries extends TaskQueriesContract {
    @Override
    protected TrackingStore newStore() {
      return InMemoryStore.create();
    }
  }

  @Nested
  class Directories extends DirectoryContract {
    @Override
    protected Directory fixturesDirectory() {
      return InMemoryDirectory.of(Fixtures.UNITS, Fixtures.OFFICIALS);
    }
  }
}
