package dev.theodoi.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.theodoi.domain.document.DocumentId;
import dev.theodoi.domain.task.Task;
import dev.theodoi.domain.task.TaskId;
import dev.theodoi.inmemory.InMemoryDirectory;
import dev.theodoi.inmemory.InMemoryStore;
import dev.theodoi.port.Directory;
import dev.theodoi.port.Grouping;
import dev.theodoi.port.Period;
import dev.theodoi.port.TrackingStore;
import dev.theodoi.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's JSON snippet, compiled and run; the README carries it verbatim. */
class JsonReadmeExampleTest {

  static String example(TrackingStore store, Directory directory, InputStream file, OutputStream tasksOut,
      OutputStream statsOut) throws Exception {
    // tag::json[]
    ObjectMapper mapper = new ObjectMapper().registerModule(new TheodoiModule());   // or findAndRegisterModules()
    Task task = store.tasks().find(TaskId.of("nv-01")).orElseThrow();
    String json = mapper.writeValueAsString(task);                                  // for a REST response
    Task same = mapper.readValue(json, Task.class);

    ImportReport report = Importer.into(store).batchSize(500).importFrom(file);     // idempotent, streaming
    report.rejections().forEach(r -> System.err.println(r.pointer() + ": " + r.reason()));

    Exporter.from(store).exportAll(tasksOut, LocalDate.of(2026, 6, 30), Optional.of(directory));
    Exporter.from(store).exportStatistics(statsOut, Grouping.UNIT,
        new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)));
    // end::json[]
    assertThat(same).isEqualTo(task);
    assertThat(report.isClean()).isTrue();
    return json;
  }

  @Test
  void theSnippetRuns() throws Exception {
    InMemoryStore store = InMemoryStore.create();
    try (InputStream golden = getClass().getResourceAsStream("/golden/example.json")) {
      Importer.into(store).importFrom(golden);
    }
    ByteArrayOutputStream tasks = new ByteArrayOutputStream();
    ByteArrayOutputStream stats = new ByteArrayOutputStream();

    String json;
    try (InputStream again = getClass().getResourceAsStream("/golden/example.json")) {
      json = example(store, InMemoryDirectory.of(Fixtures.UNITS, Fixtures.OFFICIALS), again, tasks, stats);
    }

    assertThat(json).contains("\"document\":\"qlvb-2026-0312\"");
    Schemas.assertValid(tasks.toByteArray());
    Schemas.assertValid(stats.toByteArray());
    assertThat(store.documents().find(DocumentId.of("qlvb-2026-0312"))).isPresent();
  }

  @Test
  void theReadmeCarriesTheSnippet() throws Exception {
    Path module = Path.of("").toAbsolutePath();
    String source = Files.readString(module.resolve("src/test/java/dev/theodoi/json/JsonReadmeExampleTest.java"),
        StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("// tag::json\\[\\]\\n(.*?)\\n\\s*// end::json\\[\\]", Pattern.DOTALL).matcher(source);
    assertThat(m.find()).isTrue();

    assertThat(Files.readString(module.resolveSibling("README.md"), StandardCharsets.UTF_8))
        .contains(m.group(1).stripIndent());
  }
}
