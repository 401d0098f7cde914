package dev.theodoi.benchmarks;

import dev.theodoi.domain.calendar.WorkingDayCalendar;
import dev.theodoi.domain.status.DueSoonWindow;
import dev.theodoi.domain.status.StatusFacts;
import dev.theodoi.domain.status.StatusRules;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH: the status rules and working-day arithmetic, in memory. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class InMemoryBenchmarks {
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private StatusFacts[] facts;
  private LocalDate[] dates;
  private final WorkingDayCalendar calendar = WorkingDayCalendar.vietnamCivilService();
  private final DueSoonWindow window = DueSoonWindow.calendarDays(3);
  private int i;

  @Setup
  public void setUp() {
    Random r = new Random(7);
    facts = new StatusFacts[1024];
    dates = new LocalDate[1024];
    for (int k = 0; k < facts.length; k++) {
      LocalDate deadline = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(900));
      StatusFacts f = StatusFacts.withDeadline(r.nextInt(10) == 0 ? Optional.empty() : Optional.of(deadline));
      if (r.nextInt(20) == 0 && f.originalDeadline().isPresent()) {
        f = f.plus(new StatusFacts.ApprovedExtension(deadline.plusDays(30),
            deadline.minusDays(2).atStartOfDay(VIETNAM).toInstant()));
      }
      if (r.nextBoolean()) {
        LocalDate done = deadline.plusDays(r.nextInt(40) - 20);
        f = f.plus(new StatusFacts.CompletionFact(done, done.atTime(10, 0).atZone(VIETNAM).toInstant(), false));
      }
      facts[k] = f;
      dates[k] = LocalDate.of(2024, 1, 2).plusDays(r.nextInt(1000));
    }
  }

  @Benchmark
  public Object classify() {
    int k = i++ & 1023;
    return StatusRules.classify(facts[k], dates[k], VIETNAM, window);
  }

  @Benchmark
  public LocalDate plusTenWorkingDays() {
    int k = i++ & 1023;
    return calendar.plusWorkingDays(dates[k].isAfter(LocalDate.of(2026, 11, 30)) ? LocalDate.of(2026, 11, 30) : dates[k], 10);
  }

  @Benchmark
  public int workingDaysInAMonth() {
    int k = i++ & 1023;
    LocalDate from = dates[k].isAfter(LocalDate.of(2026, 11, 30)) ? LocalDate.of(2026, 11, 30) : dates[k];
    return calendar.workingDaysBetween(from, from.plusDays(30));
  }
}
