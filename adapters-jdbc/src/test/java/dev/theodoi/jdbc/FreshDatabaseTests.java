package dev.theodoi.jdbc;

import org.junit.jupiter.api.AfterEach;

/** Base of the adapter's own tests: each test opens a fresh database of {@link #database()}, dropped afterwards. */
abstract class FreshDatabaseTests {
  abstract TestDatabase database();

  private TestDatabase.Fresh fresh;

  /** A new empty database for this test. */
  TestDatabase.Fresh fresh() {
    fresh = database().fresh();
    return fresh;
  }

  @AfterEach
  void dropFreshDatabase() {
    if (fresh != null) {
      fresh.close();
    }
  }
}
