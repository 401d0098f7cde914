package dev.theodoi.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.theodoi.domain.TheodoiException;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class JdbcStoreTest {
  @Test
  void anUnreachableDatabaseIsAStoreFailureNotASilentDefault() {
    PGSimpleDataSource nowhere = new PGSimpleDataSource();
    nowhere.setURL("jdbc:postgresql://127.0.0.1:1/none");

    assertThatThrownBy(() -> JdbcStore.create(nowhere))
        .isInstanceOf(StoreException.class)
        .isInstanceOf(TheodoiException.class)
        .hasMessageContaining("cannot reach the database");
  }

  @Test
  void theDialectFollowsTheProductName() {
    assertThat(Dialect.forProduct("H2")).isEqualTo(Dialect.H2);
    assertThat(Dialect.forProduct("PostgreSQL")).isEqualTo(Dialect.POSTGRESQL);
    assertThat(Dialect.forProduct("MariaDB")).isEqualTo(Dialect.MARIADB);
    assertThat(Dialect.forProduct("MySQL")).isEqualTo(Dialect.MARIADB);
    assertThatThrownBy(() -> Dialect.forProduct("Oracle")).isInstanceOf(UnsupportedDatabaseException.class)
        .hasMessageContaining("Oracle");
  }
}
