package dev.theodoi.jdbc;

/** The JDBC store on file-based H2. Always runs. */
class H2FileTest extends JdbcSuite {
  @Override
  TestDatabase database() {
    return TestDatabase.H2_FILE;
  }
}
