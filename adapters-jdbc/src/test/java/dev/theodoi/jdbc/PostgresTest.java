package dev.theodoi.jdbc;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The JDBC store on PostgreSQL, when THEODOI_TEST_POSTGRES_URL is set. */
@EnabledIfEnvironmentVariable(named = TestDatabase.POSTGRES_URL, matches = ".+")
class PostgresTest extends JdbcSuite {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
