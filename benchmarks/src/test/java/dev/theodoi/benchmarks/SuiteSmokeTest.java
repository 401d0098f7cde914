package dev.theodoi.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator writes the shape it promises. No timing is asserted here; timings are measured by the suite's run,
 * never in tests.
 */
class SuiteSmokeTest {
  @TempDir
  Path dir;

  @Test
  void theGeneratorWritesAValidFileOfTheRequestedSize() throws Exception {
    Path generated = dir.resolve("gen.json");
    assertThat(DataGenerator.write(generated, 300, 1)).isEqualTo(100);
    JsonNode file = new ObjectMapper().readTree(generated.toFile());
    assertThat(file.get("tasks")).hasSize(300);
    assertThat(file.at("/directory/units")).hasSize(DataGenerator.UNITS + 1);
  }
}
