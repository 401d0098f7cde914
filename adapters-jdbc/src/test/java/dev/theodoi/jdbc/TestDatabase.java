package dev.theodoi.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A database the JDBC tests run on. {@link #fresh()} makes a new, empty schema (PostgreSQL), database (MariaDB)
 * or in-memory/file database (H2) that its {@link Fresh#close()} drops, so runs never see each other.
 *
 * <p>PostgreSQL and MariaDB are used when {@code THEODOI_TEST_POSTGRES_URL} / {@code THEODOI_TEST_MARIADB_URL}
 * (with {@code _USER} and {@code _PASSWORD}) are set; a server that is set but unreachable fails the tests.
 */
abstract class TestDatabase {
  static final String POSTGRES_URL = "THEODOI_TEST_POSTGRES_URL";
  static final String MARIADB_URL = "THEODOI_TEST_MARIADB_URL";

  abstract String name();

  /** A new empty database; close it to drop it. */
  abstract Fresh fresh();

  /** A fresh database: its JDBC URL and credentials, with pools on it. */
  abstract static class Fresh implements AutoCloseable {
    final String url;
    final String user;
    final String password;
    private final java.util.List<HikariDataSource> pools = new java.util.ArrayList<>();

    Fresh(String url, String user, String password) {
      this.url = url;
      this.user = user;
      this.password = password;
    }

    /** A new connection pool on this database (as another application server would have). */
    HikariDataSource pool(int size) {
      HikariConfig c = new HikariConfig();
      c.setJdbcUrl(url);
      c.setUsername(user);
      c.setPassword(password);
      c.setMaximumPoolSize(size);
      c.setMinimumIdle(0);
      c.setPoolName("theodoi-test-" + pools.size());
      HikariDataSource ds = new HikariDataSource(c);
      pools.add(ds);
      return ds;
    }

    abstract void drop() throws SQLException;

    @Override
    public void close() {
      pools.forEach(HikariDataSource::close);
      try {
        drop();
      } catch (SQLException e) {
        throw new IllegalStateException("cannot drop test database " + url, e);
      }
    }
  }

  static String unique() {
    return "theodoi_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null ? fallback : v;
  }

  static void execute(String url, String user, String password, String statement) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }

  static final TestDatabase H2_MEMORY = new TestDatabase() {
    @Override
    String name() {
      return "H2 in memory";
    }

    @Override
    Fresh fresh() {
      String url = "jdbc:h2:mem:" + unique() + ";DB_CLOSE_DELAY=-1";
      return new Fresh(url, "sa", "") {
        @Override
        void drop() throws SQLException {
          execute(url, "sa", "", "SHUTDOWN");
        }
      };
    }
  };

  static final TestDatabase H2_FILE = new TestDatabase() {
    @Override
    String name() {
      return "H2 file";
    }

    @Override
    Fresh fresh() {
      Path dir;
      try {
        dir = Files.createTempDirectory("theodoi-h2-");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      String url = "jdbc:h2:file:" + dir.resolve("tracking").toAbsolutePath();
      return new Fresh(url, "sa", "") {
        @Override
        void drop() throws SQLException {
          execute(url, "sa", "", "SHUTDOWN");
          try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      };
    }
  };

  static final TestDatabase POSTGRES = new TestDatabase() {
    @Override
    String name() {
      return "PostgreSQL";
    }

    @Override
    Fresh fresh() {
      String admin = System.getenv(POSTGRES_URL);
      String user = env("THEODOI_TEST_POSTGRES_USER", "postgres");
      String password = env("THEODOI_TEST_POSTGRES_PASSWORD", "");
      String schema = unique();
      try {
        execute(admin, user, password, "CREATE SCHEMA " + schema);
      } catch (SQLException e) {
        throw new IllegalStateException("PostgreSQL at " + admin + " is unreachable or refused: " + e.getMessage(), e);
      }
      String url = admin + (admin.contains("?") ? "&" : "?") + "currentSchema=" + schema;
      return new Fresh(url, user, password) {
        @Override
        void drop() throws SQLException {
          execute(admin, user, password, "DROP SCHEMA " + schema + " CASCADE");
        }
      };
    }
  };

  static final TestDatabase MARIADB = new TestDatabase() {
    private final Pattern url = Pattern.compile("^(jdbc:(?:mariadb|mysql)://[^/]+)/?([^?]*)(\\?.*)?$");

    @Override
    String name() {
      return "MariaDB";
    }

    @Override
    Fresh fresh() {
      String admin = System.getenv(MARIADB_URL);
      String user = env("THEODOI_TEST_MARIADB_USER", "root");
      String password = env("THEODOI_TEST_MARIADB_PASSWORD", "");
      Matcher m = url.matcher(admin);
      if (!m.matches()) {
        throw new IllegalArgumentException(MARIADB_URL + " must look like jdbc:mariadb://host:port/database, was " + admin);
      }
      String database = unique();
      try {
        execute(admin, user, password,
            "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
      } catch (SQLException e) {
        throw new IllegalStateException("MariaDB at " + admin + " is unreachable or refused: " + e.getMessage(), e);
      }
      String fresh = m.group(1) + "/" + database + (m.group(3) == null ? "" : m.group(3));
      return new Fresh(fresh, user, password) {
        @Override
        void drop() throws SQLException {
          execute(admin, user, password, "DROP DATABASE " + database);
        }
      };
    }
  };
}
