package dev.theodoi.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The import streams: 100,000 tasks (about 80 MB of JSON, generated on the fly) import in a JVM whose whole heap
 * is 64 MB. Loading the file, or the tasks, into memory would run out of it.
 */
class BoundedMemoryImportTest {
  @Test
  void oneHundredThousandTasksImportWithin64MegabytesOfHeap() throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process p = new ProcessBuilder(List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
        BoundedImportMain.class.getName(), "100000"))
        .redirectErrorStream(true)
        .start();
    boolean finished = p.waitFor(5, TimeUnit.MINUTES);
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(finished).as("finished in time").isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(output).contains("documents=10000 tasks=100000 rejections=0 maxHeapMb=");
  }
}
