package dev.theodoi.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.theodoi.jdbc.JdbcStore;
import dev.theodoi.json.ImportReport;
import dev.theodoi.json.Importer;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One import, in its own JVM (the suite starts it with -Xmx256m): reads FILE into the database at URL and prints
 * one line {@code tasks=… seconds=… peakHeapMb=… maxHeapMb=…}. Peak heap is the sum of the heap pools' peaks.
 */
public final class ImportMain {
  public static void main(String[] args) throws Exception {
    String url = args[0];
    String user = args[1];
    String password = args[2];
    Path file = Path.of(args[3]);
    HikariConfig c = new HikariConfig();
    c.setJdbcUrl(url);
    if (!user.isEmpty()) {
      c.setUsername(user);
    }
    c.setPassword(password);
    c.setMaximumPoolSize(2);
    try (HikariDataSource ds = new HikariDataSource(c); InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 20)) {
      JdbcStore store = JdbcStore.create(ds);
      store.migrate();
      long start = System.nanoTime();
      ImportReport report = Importer.into(store).batchSize(2000).importFrom(in);
      store.directory().save(report.units(), report.officials());
      double seconds = (System.nanoTime() - start) / 1e9;
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      if (!report.isClean()) {
        System.err.println("rejections: " + report.rejections().subList(0, Math.min(5, report.rejections().size())));
        System.exit(3);
      }
      System.out.printf(java.util.Locale.ROOT, "tasks=%d seconds=%.3f peakHeapMb=%.1f maxHeapMb=%d%n", report.tasksAdded(),
          seconds, peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);
    }
  }
}
