package dev.theodoi.jdbc;

import static dev.theodoi.testing.Fixtures.HEALTH;
import static dev.theodoi.testing.Fixtures.d2026;
import static org.assertj.core.api.Assertions.assertThat;

import dev.theodoi.application.ReportProgressCommand;
import dev.theodoi.application.Theodoi;
import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.document.Document;
import dev.theodoi.domain.task.Task;
import dev.theodoi.inmemory.InMemoryDirectory;
import dev.theodoi.port.ChangeKind;
import dev.theodoi.port.ConcurrentChangeException;
import dev.theodoi.testing.Fixtures;
import dev.theodoi.testing.Province;
import dev.theodoi.testing.TestClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two writers of the same task at the same version: exactly one wins, the other gets the conflict, nothing is lost. */
abstract class OptimisticLockingTests extends FreshDatabaseTests {
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  @AfterEach
  void stopThreads() throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(10, TimeUnit.SECONDS);
  }

  /** Runs both at once; returns how many succeeded, and checks the others failed with the conflict. */
  private int race(Callable<?> first, Callable<?> second) throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    List<Future<?>> futures = new ArrayList<>();
    for (Callable<?> c : List.of(first, second)) {
      futures.add(pool.submit(() -> {
        start.await(10, TimeUnit.SECONDS);
        return c.call();
      }));
    }
    int won = 0;
    for (Future<?> f : futures) {
      try {
        f.get(60, TimeUnit.SECONDS);
        won++;
      } catch (ExecutionException e) {
        assertThat(e.getCause()).isInstanceOf(ConcurrentChangeException.class);
      }
    }
    return won;
  }

  @Test
  void twoThreadsOnOneStore() throws Exception {
    TestDatabase.Fresh fresh = fresh();
    JdbcStore store = JdbcStore.create(fresh.pool(4));
    store.migrate();
    Province province = new Province(store, false);
    Document doc = province.directive("vb-1", 1);
    Task v1 = province.assign(Province.task(doc, d2026(3, 31), HEALTH, Fixtures.HEALTH_OFFICIAL));

    Task one = v1.withAssignment(HEALTH.id(), a -> a.withAssignees(Set.of(Fixtures.HEALTH_LEADER.id())));
    Task other = v1.withAssignment(HEALTH.id(), a -> a.withAssignees(Set.of(OfficialId.of("syt-khac"))));
    int won = race(() -> store.transactions().inTransaction(() -> store.tasks().update(one)),
        () -> store.transactions().inTransaction(() -> store.tasks().update(other)));

    assertThat(won).isEqualTo(1);
    Task stored = store.tasks().find(v1.id()).orElseThrow();
    assertThat(stored.version()).isEqualTo(2);
    assertThat(List.of(one.withVersion(2), other.withVersion(2))).contains(stored);
  }

  @Test
  void twoLibraryInstancesOnTwoPoolsLikeTwoApplicationServers() throws Exception {
    TestDatabase.Fresh fresh = fresh();
    JdbcStore serverA = JdbcStore.create(fresh.pool(3));
    JdbcStore serverB = JdbcStore.create(fresh.pool(3));
    serverA.migrate();
    serverB.migrate();
    Province province = new Province(serverA, false);
    Document doc = province.directive("vb-1", 1);
    Task v1 = province.assign(Province.task(doc, d2026(3, 31), HEALTH, Fixtures.HEALTH_OFFICIAL));
    Theodoi onB = Theodoi.builder().directory(InMemoryDirectory.of(Fixtures.UNITS, Fixtures.OFFICIALS))
        .store(serverB).clock(new TestClock()).build();

    int won = race(
        () -> province.theodoi.reporting().reportProgress(Province.HEALTH_OFFICIAL,
            new ReportProgressCommand(v1.id(), 1, HEALTH.id(), "Báo cáo từ máy chủ A", null)),
        () -> onB.reporting().reportProgress(Province.HEALTH_LEADER,
            new ReportProgressCommand(v1.id(), 1, HEALTH.id(), "Báo cáo từ máy chủ B", null)));

    assertThat(won).isEqualTo(1);
    Task stored = serverB.tasks().find(v1.id()).orElseThrow();
    assertThat(stored.version()).isEqualTo(2);
    assertThat(stored.lead().reports()).hasSize(1);
    assertThat(serverA.history().of(v1.id())).filteredOn(h -> h.kind() == ChangeKind.PROGRESS_REPORTED)
        .singleElement().satisfies(h -> assertThat(h.newValue()).contains(stored.lead().reports().get(0).text()));
  }
}
