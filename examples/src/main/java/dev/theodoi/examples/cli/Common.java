package dev.theodoi.examples.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.theodoi.examples.text.Labels;
import dev.theodoi.jdbc.JdbcStore;
import java.time.ZoneId;
import picocli.CommandLine.Option;

/** Options most commands share: the database, the zone and the language. */
final class Common {
  /** Where the tool keeps its data when no --db is given. */
  static final String DEFAULT_DB = "jdbc:h2:file:./theodoi-data/theodoi";

  @Option(names = "--db", paramLabel = "JDBC-URL", description = "The database (default: ${DEFAULT-VALUE}). "
      + "PostgreSQL and MariaDB URLs work too, with --user and --password.", defaultValue = DEFAULT_DB)
  String db;

  @Option(names = "--user", description = "Database user.", defaultValue = "")
  String user;

  @Option(names = "--password", description = "Database password.", defaultValue = "", arity = "0..1",
      interactive = false)
  String password;

  @Option(names = "--zone", description = "The office's zone (default: ${DEFAULT-VALUE}).",
      defaultValue = "Asia/Ho_Chi_Minh")
  ZoneId zone;

  @Option(names = "--lang", description = "vi or en (default: ${DEFAULT-VALUE}).", defaultValue = "vi")
  String lang;

  Labels labels() {
    return Labels.of(lang);
  }

  /** A pool on the database and a migrated store on it. The caller closes the pool. */
  Opened open() {
    HikariConfig c = new HikariConfig();
    c.setJdbcUrl(db);
    if (!user.isEmpty()) {
      c.setUsername(user);
    }
    if (!password.isEmpty()) {
      c.setPassword(password);
    }
    c.setMaximumPoolSize(4);
    c.setPoolName("theodoi-cli");
    c.setConnectionTimeout(10_000);
    HikariDataSource ds = new HikariDataSource(c);
    try {
      JdbcStore store = JdbcStore.create(ds);
      store.migrate();
      return new Opened(ds, store);
    } catch (RuntimeException e) {
      ds.close();
      throw e;
    }
  }

  /** An open database. */
  record Opened(HikariDataSource dataSource, JdbcStore store) implements AutoCloseable {
    @Override
    public void close() {
      dataSource.close();
    }
  }
}
