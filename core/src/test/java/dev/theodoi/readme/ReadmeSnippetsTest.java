package dev.theodoi.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's Java snippets are copies of tagged regions of compiled tests; this keeps them the same. */
class ReadmeSnippetsTest {
  private static final Pattern REGION = Pattern.compile("// tag::(\\w+)\\[\\]\\n(.*?)\\n\\s*// end::\\1\\[\\]", Pattern.DOTALL);

  static String region(Path source, String tag) throws IOException {
    Matcher m = REGION.matcher(Files.readString(source, StandardCharsets.UTF_8));
    while (m.find()) {
      if (m.group(1).equals(tag)) {
        return m.group(2).stripIndent();
      }
    }
    throw new AssertionError("no region " + tag + " in " + source);
  }

  @Test
  void theEmbeddingSnippetIsTheCompiledOne() throws IOException {
    Path module = Path.of("").toAbsolutePath();
    String readme = Files.readString(module.resolveSibling("README.md"), StandardCharsets.UTF_8);
    String snippet = region(module.resolve("src/test/java/dev/theodoi/readme/EmbeddingExampleTest.java"), "wiring");

    assertThat(snippet).contains("Theodoi.builder()");
    assertThat(readme).contains(snippet);
  }
}
