package dev.theodoi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real executable jar, run as a user runs it, and the README's commands that name it. */
class TheodoiJarIT {
  private static final Path MODULE = Path.of("").toAbsolutePath();
  private static final Path JAR = MODULE.resolve("target/theodoi.jar");

  @TempDir
  Path cwd;

  record Run(int exit, String out, String err) {}

  private Run run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java", "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(cwd.toFile())
        .redirectOutput(cwd.resolve("out.txt").toFile()).redirectError(cwd.resolve("err.txt").toFile()).start();
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("finished").isTrue();
    return new Run(p.exitValue(), Files.readString(cwd.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(cwd.resolve("err.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void theReadmeStartsWithTheCommandsThisTestRuns() throws IOException {
    List<String> readme = Files.readAllLines(MODULE.resolveSibling("README.md"), StandardCharsets.UTF_8);
    int fence = readme.indexOf("```");

    assertThat(readme.get(fence + 1)).isEqualTo("mvn -B -q package -DskipTests && java -jar examples/target/theodoi.jar demo");
    assertThat(readme.get(fence + 2)).isEqualTo("mvn -B verify");
    assertThat(JAR).exists();
  }

  @Test
  void theWalkthroughRunsInSecondsAndLeavesNothingBehind() throws Exception {
    long start = System.nanoTime();
    Run r = run("demo");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Tình hình đến ngày 15/10/2026").contains("Bảng theo dõi của Võ Văn Hưng");
    assertThat(r.err()).isEmpty();
    assertThat(cwd.resolve("theodoi-data")).doesNotExist();
    assertThat(System.nanoTime() - start).as("seconds, not minutes").isLessThan(TimeUnit.SECONDS.toNanos(60));
  }

  @Test
  void theToolKeepsItsDataUnderTheodoiDataByDefaultAndExportsToStandardOutput() throws Exception {
    assertThat(run("demo", "--db", "jdbc:h2:file:./theodoi-data/theodoi").exit()).isZero();

    Run export = run("export", "--as-of", "2026-10-15");

    assertThat(cwd.resolve("theodoi-data")).isDirectory();
    assertThat(export.exit()).as(export.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(export.out());
    assertThat(json.get("format").asText()).isEqualTo("theodoi/1");
    assertThat(json.get("tasks")).hasSize(64);
  }

  @Test
  void exitCodesOfTheRealProcess() throws Exception {
    assertThat(run("--help").exit()).isZero();
    assertThat(run("--no-such-option").exit()).isEqualTo(2);
    Run bad = run("parse-number", "5/QĐ-UBND");
    assertThat(bad.exit()).isEqualTo(3);
    assertThat(bad.err()).contains("number 5 must be written with two digits: '05'");
    assertThat(run("init", "--db", "jdbc:mariadb://127.0.0.1:1/none").exit()).isEqualTo(4);
    assertThat(run("parse-number", "57-NQ/TW").out()).contains("format:   PARTY");
  }
}
