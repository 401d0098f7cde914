package dev.theodoi.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.theodoi.application.Theodoi;
import dev.theodoi.inmemory.InMemoryDirectory;
import dev.theodoi.port.Directory;
import dev.theodoi.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The README's JDBC wiring snippet, compiled and run on H2; and the README carries it verbatim. */
class JdbcWiringExampleTest {

  static Theodoi wire(DataSource dataSource, Directory directory, Clock clock) {
    // tag::jdbc-wiring[]
    JdbcStore store = JdbcStore.builder(dataSource)   // the host's pooled DataSource
        .tablePrefix("theodoi_")                      // the default; tables live next to the host's own
        .build();
    store.migrate();                                  // at start-up: creates or upgrades the schema (Flyway)

    Theodoi theodoi = Theodoi.builder()
        .directory(directory)
        .store(store)
        .clock(clock)
        .build();
    // end::jdbc-wiring[]
    return theodoi;
  }

  @Test
  void aHostWiresTheJdbcStore() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:wiring;DB_CLOSE_DELAY=-1");

    Theodoi theodoi = wire(h2, InMemoryDirectory.of(Fixtures.UNITS, Fixtures.OFFICIALS), Clock.systemUTC());

    assertThat(theodoi.documents().notForwarded(dev.theodoi.testing.Province.CLERK)).isEmpty();
  }

  @Test
  void theReadmeCarriesTheSnippet() throws Exception {
    Path module = Path.of("").toAbsolutePath();
    String source = Files.readString(module.resolve("src/test/java/dev/theodoi/jdbc/JdbcWiringExampleTest.java"),
        StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("// tag::jdbc-wiring\\[\\]\\n(.*?)\\n\\s*// end::jdbc-wiring\\[\\]", Pattern.DOTALL)
        .matcher(source);
    assertThat(m.find()).isTrue();
    String snippet = m.group(1).stripIndent();

    assertThat(Files.readString(module.resolveSibling("README.md"), StandardCharsets.UTF_8)).contains(snippet);
  }
}
