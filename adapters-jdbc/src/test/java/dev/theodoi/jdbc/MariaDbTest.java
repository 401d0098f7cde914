package dev.theodoi.jdbc;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The JDBC store on MariaDB, when THEODOI_TEST_MARIADB_URL is set. */
@EnabledIfEnvironmentVariable(named = TestDatabase.MARIADB_URL, matches = ".+")
class MariaDbTest extends JdbcSuite {
  @Override
  TestDatabase database() {
    return TestDatabase.MARIADB;
  }
}
