package dev.theodoi.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.theodoi.jdbc.JdbcStore;
import dev.theodoi.json.ImportReport;
import dev.theodoi.json.Importer;
import java.io.BufferedInputStream;
import java.io.InputStream;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One import, in its own JVM (the suite starts it with -Xmx256m): reads FILE into the database at URL and prints
 * one line {@code tasks=… seconds=… peakHeapMb=… maxHeapMb=…}. Peak heap is the largest heap occupancy seen just
 * before a garbage collection (when occupancy peaks) or at the end: what the import actually held at once, not the
 * sum of each pool's own peak, which happen at different times.
 */
public final class ImportMain {
  public static void main(String[] args) throws Exception {
    AtomicLong peak = new AtomicLong();
    Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((n, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
          var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
          long used = info.getGcInfo().getMemoryUsageBeforeGc().entrySet().stream()
              .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
          peak.accumulateAndGet(used, Math::max);
        }
      }, null, null);
    }
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
      peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
      if (!report.isClean()) {
        System.err.println("rejections: " + report.rejections().subList(0, Math.min(5, report.rejections().size())));
        System.exit(3);
      }
      System.out.printf(java.util.Locale.ROOT, "tasks=%d seconds=%.3f peakHeapMb=%.1f maxHeapMb=%d%n", report.tasksAdded(),
          seconds, peak.get() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);
    }
  }
}
