/**
 * The tracking store on a relational database: {@link dev.theodoi.jdbc.JdbcStore} implements every persistence
 * and query port of {@code theodoi-core} with JDBI 3 over the host's {@link javax.sql.DataSource}, on H2,
 * PostgreSQL and MariaDB. The schema is versioned with Flyway and applied by {@link
 * dev.theodoi.jdbc.JdbcStore#migrate()}.
 */
package dev.theodoi.jdbc;
