package dev.theodoi.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.theodoi.port.Documents;
import dev.theodoi.port.ReminderLog;
import dev.theodoi.port.TaskHistory;
import dev.theodoi.port.TaskQueries;
import dev.theodoi.port.Tasks;
import dev.theodoi.port.TrackingStore;
import dev.theodoi.port.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tracking store on the host's relational database (H2, PostgreSQL or MariaDB).
 *
 * <pre>{@code
 * JdbcStore store = JdbcStore.builder(dataSource).tablePrefix("theodoi_").build();
 * store.migrate();                          // at start-up: creates or upgrades the tables
 * Theodoi theodoi = Theodoi.builder().store(store).directory(directory).clock(clock).build();
 * }</pre>
 *
 * <p>The host owns and pools the {@link DataSource}. Every table name starts with the prefix, so the tables
 * can live next to the host's own. A use case is one database transaction; concurrent updates of a task are
 * detected with a version column. Thread-safe; holds no global state, so several stores (for example on two
 * application servers) can share one database.
 */
public final class JdbcStore implements TrackingStore {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcStore.class);
  private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,29}");
  /** The table prefix used unless another is given. */
  public static final String DEFAULT_PREFIX = "theodoi_";

  private final DataSource dataSource;
  private final Jdbi jdbi;
  private final String prefix;
  private final Dialect dialect;
  private final ThreadLocal<Handle> current = new ThreadLocal<>();

  private final JdbcDocuments documents;
  private final JdbcTasks tasks;
  private final JdbcHistory history;
  private final JdbcReminderLog reminderLog;
  private final JdbcQueries queries;
  private final JdbcDirectory directory;

  private JdbcStore(DataSource dataSource, String prefix, Dialect dialect) {
    this.dataSource = dataSource;
    this.jdbi = Jdbi.create(dataSource);
    this.prefix = prefix;
    this.dialect = dialect != null ? dialect : detect(dataSource);
    Sql sql = new Sql(prefix, this.dialect);
    this.documents = new JdbcDocuments(this, sql);
    this.tasks = new JdbcTasks(this, sql);
    this.history = new JdbcHistory(this, sql);
    this.reminderLog = new JdbcReminderLog(this, sql);
    this.queries = new JdbcQueries(this, sql);
    this.directory = new JdbcDirectory(this, sql);
  }

  /** A store with the default table prefix {@value #DEFAULT_PREFIX}; see {@link Builder#build()}. */
  public static JdbcStore create(DataSource dataSource) {
    return builder(dataSource).build();
  }

  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /**
   * Creates or upgrades the store's tables to the current schema version with Flyway, recording the applied
   * versions in {@code <prefix>schema_history}. Safe to call at every start-up and from several servers at
   * once. Works in a database that already holds the host's own tables.
   *
   * @return the number of migrations applied by this call (0 when up to date)
   * @throws StoreException if a migration fails; Flyway rolls back what it can
   */
  public int migrate() {
    return migrateTo("latest");
  }

  /** Migrates up to {@code version} ("latest" for all); for tests of the migrations themselves. */
  int migrateTo(String version) {
    try {
      MigrateResult result = Flyway.configure(JdbcStore.class.getClassLoader())
          .target(version)
          .dataSource(dataSource)
          .locations("classpath:dev/theodoi/jdbc/migration",
              "classpath:dev/theodoi/jdbc/migration-" + dialect.name().toLowerCase(java.util.Locale.ROOT))
          .table(prefix + "schema_history")
          .placeholders(dialect.placeholders(prefix))
          .javaMigrations(new V3_1__Assignment_periods_from_history(prefix))
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .load()
          .migrate();
      LOG.info("theodoi schema with prefix {} is at version {} ({} migrations applied)", prefix,
          result.targetSchemaVersion, result.migrationsExecuted);
      return result.migrationsExecuted;
    } catch (org.flywaydb.core.api.FlywayException e) {
      throw new StoreException("migrating the theodoi schema failed", e);
    }
  }

  /** The table prefix. */
  public String tablePrefix() {
    return prefix;
  }

  /** The database this store runs on. */
  public Dialect dialect() {
    return dialect;
  }

  /** The copy of the directory kept in this store's database, for hosts and tools that want one. */
  public JdbcDirectory directory() {
    return directory;
  }

  @Override
  public Documents documents() {
    return documents;
  }

  @Override
  public Tasks tasks() {
    return tasks;
  }

  @Override
  public TaskHistory history() {
    return history;
  }

  @Override
  public ReminderLog reminderLog() {
    return reminderLog;
  }

  @Override
  public TaskQueries queries() {
    return queries;
  }

  @Override
  public Transactions transactions() {
    return this::inTransaction;
  }

  /** Runs {@code work} in a transaction; a call inside another joins it. */
  <T> T inTransaction(Supplier<T> work) {
    if (current.get() != null) {
      return work.get();
    }
    try {
      return jdbi.inTransaction(handle -> {
        current.set(handle);
        try {
          return work.get();
        } finally {
          current.remove();
        }
      });
    } catch (JdbiException e) {
      throw new StoreException("a theodoi transaction failed", e);
    }
  }

  /** Runs {@code work} on the current transaction's handle, or on a handle of its own. */
  <T> T withHandle(Function<Handle, T> work) {
    Handle h = current.get();
    try {
      return h != null ? work.apply(h) : jdbi.withHandle(work::apply);
    } catch (JdbiException e) {
      throw new StoreException("a theodoi query failed", e);
    }
  }

  /** Runs a write: inside the current transaction, or in one of its own. */
  <T> T write(Function<Handle, T> work) {
    return inTransaction(() -> withHandle(work));
  }

  private static Dialect detect(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return Dialect.forProduct(c.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new StoreException("cannot reach the database to find its kind", e);
    }
  }

  /** Configures a {@link JdbcStore}. */
  public static final class Builder {
    private final DataSource dataSource;
    private String prefix = DEFAULT_PREFIX;
    private Dialect dialect;

    private Builder(DataSource dataSource) {
      this.dataSource = checkNotNull(dataSource, "a DataSource is required");
    }

    /**
     * The prefix of every table: a lower-case letter, then up to 29 lower-case letters, digits or '_'.
     * Default {@value JdbcStore#DEFAULT_PREFIX}.
     */
    public Builder tablePrefix(String value) {
      checkNotNull(value, "table prefix");
      checkArgument(PREFIX.matcher(value).matches(),
          "table prefix '%s' must be a lower-case letter then up to 29 lower-case letters, digits or '_'", value);
      this.prefix = value;
      return this;
    }

    /** The database kind, when it should not be detected from the DataSource. */
    public Builder dialect(Dialect value) {
      this.dialect = checkNotNull(value, "dialect");
      return this;
    }

    /**
     * The store. Unless a dialect was given, opens one connection to find the database's kind.
     *
     * @throws StoreException if the database cannot be reached
     * @throws UnsupportedDatabaseException if it is not H2, PostgreSQL or MariaDB
     */
    public JdbcStore build() {
      return new JdbcStore(dataSource, prefix, dialect);
    }
  }
}
