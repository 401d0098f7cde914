package dev.theodoi.jdbc;

/** The JDBC store on in-memory H2, the embedded default. Always runs. */
class H2MemoryTest extends JdbcSuite {
  @Override
  TestDatabase database() {
    return TestDatabase.H2_MEMORY;
  }
}
