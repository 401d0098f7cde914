package dev.theodoi.contract;

import static dev.theodoi.testing.Fixtures.DONG_HA;
import static dev.theodoi.testing.Fixtures.EDUCATION;
import static dev.theodoi.testing.Fixtures.HEALTH;
import static dev.theodoi.testing.Fixtures.HEALTH_OFFICIAL;
import static dev.theodoi.testing.Fixtures.VIETNAM;
import static dev.theodoi.testing.Fixtures.d2026;
import static dev.theodoi.testing.TaskBuilder.aTask;
import static dev.theodoi.testing.TaskBuilder.completedBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.theodoi.domain.calendar.WorkingDayCalendar;
import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.document.Document;
import dev.theodoi.domain.document.DocumentId;
import dev.theodoi.domain.status.Classification;
import dev.theodoi.domain.status.DueSoonWindow;
import dev.theodoi.domain.status.StatusCounts;
import dev.theodoi.domain.status.StatusRules;
import dev.theodoi.domain.status.TaskStatus;
import dev.theodoi.domain.task.Assignment;
import dev.theodoi.domain.task.ExtensionRequest;
import dev.theodoi.domain.task.Task;
import dev.theodoi.port.AsOf;
import dev.theodoi.port.Grouping;
import dev.theodoi.port.Page;
import dev.theodoi.port.PageRequest;
import dev.theodoi.port.Period;
import dev.theodoi.port.Scope;
import dev.theodoi.port.StatisticsRow;
import dev.theodoi.port.TaskFilter;
import dev.theodoi.port.TaskRow;
import dev.theodoi.testing.Fixtures;
import dev.theodoi.testing.SampleData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link dev.theodoi.port.TaskQueries}: hand-worked examples, then a mixed sample of tasks
 * checked against the status rules applied task by task (the oracle) for many dates, scopes and filters.
 */
public abstract class TaskQueriesContract extends StoreContract {
  private static final DueSoonWindow WINDOW = DueSoonWindow.calendarDays(3);

  private AsOf asOf(LocalDate d) {
    return AsOf.of(d, VIETNAM, WINDOW);
  }

  private Task add(Task t) {
    return tx(() -> store.tasks().add(t));
  }

  private void load(SampleData data) {
    tx(() -> {
      data.documents.forEach(store.documents()::add);
      data.tasks.forEach(store.tasks()::add);
      return null;
    });
  }

  @Test
  void countsOverAllTasksUseTheLeadUnitsStatus() {
    stored(directive("doc-1", 1));
    DocumentId doc = DocumentId.of("doc-1");
    Task onTime = completedBy(aTask().onDocument(doc).due(d2026(6, 30)).ledBy(HEALTH).coordinatedBy(EDUCATION).build(),
        HEALTH.id(), d2026(6, 20));
    Task late = completedBy(aTask().onDocument(doc).due(d2026(6, 30)).ledBy(EDUCATION).build(), EDUCATION.id(),
        d2026(7, 1));
    Task dueSoon = aTask().onDocument(doc).due(d2026(7, 4)).ledBy(HEALTH).build();
    Task overdue = aTask().onDocument(doc).due(d2026(6, 30)).ledBy(DONG_HA).coordinatedBy(HEALTH).build();
    Task none = aTask().onDocument(doc).withoutDeadline().ledBy(HEALTH).build();
    Task future = aTask().onDocument(doc).createdOn(d2026(7, 3)).due(d2026(7, 31)).ledBy(HEALTH).build();
    Stream.of(onTime, late, dueSoon, overdue, none, future).forEach(this::add);

    StatusCounts all = store.queries().counts(Scope.allTasks(), TaskFilter.NONE, asOf(d2026(7, 2)));
    StatusCounts health = store.queries().counts(Scope.unit(HEALTH.id()), TaskFilter.NONE, asOf(d2026(7, 2)));

    assertThat(all).isEqualTo(new StatusCounts(5, 1, 1, 2, 1, 1, 1));
    // Health: on time (lead), due soon (lead), overdue (coordinating on the Đông Hà task), no deadline.
    assertThat(health).isEqualTo(new StatusCounts(4, 1, 0, 2, 1, 1, 1));
  }

  @Test
  void theListBehindACountIsSortedByDeadlineWithNoDeadlineLast() {
    stored(directive("doc-1", 1));
    DocumentId doc = DocumentId.of("doc-1");
    Task b = add(aTask().id("b").onDocument(doc).due(d2026(5, 20)).build());
    Task a = add(aTask().id("a").onDocument(doc).due(d2026(5, 20)).build());
    Task none = add(aTask().id("c").onDocument(doc).withoutDeadline().build());
    Task early = add(aTask().id("d").onDocument(doc).due(d2026(3, 1)).build());

    Page<TaskRow> page = store.queries().list(Scope.allTasks(), TaskFilter.NONE, asOf(d2026(4, 1)), PageRequest.first(10));

    assertThat(page.items()).extracting(r -> r.task().value()).containsExactly("d", "a", "b", "c");
    assertThat(page.total()).isEqualTo(4);
    TaskRow first = page.items().get(0);
    assertThat(first.status()).isEqualTo(TaskStatus.OVERDUE);
    assertThat(first.documentNumber()).isEqualTo("01/2026/CT-UBND");
    assertThat(first.version()).isEqualTo(1);
    assertThat(List.of(a, b, none, early)).hasSize(4);
  }

  @Test
  void pagesSplitTheListAndCountTheWhole() {
    stored(directive("doc-1", 1));
    for (int i = 0; i < 7; i++) {
      add(aTask().id("t" + i).onDocument(DocumentId.of("doc-1")).due(d2026(5, 1 + i)).build());
    }

    Page<TaskRow> third = store.queries().list(Scope.allTasks(), TaskFilter.NONE.withStatus(TaskStatus.OVERDUE),
        asOf(d2026(6, 1)), new PageRequest(3, 3));

    assertThat(third.items()).extracting(r -> r.task().value()).containsExactly("t6");
    assertThat(third.total()).isEqualTo(7);
    assertThat(third.totalPages()).isEqualTo(3);
  }

  @Test
  void anOfficialSeesTheAssignmentsTheyAreResponsibleFor() {
    stored(directive("doc-1", 1));
    DocumentId doc = DocumentId.of("doc-1");
    add(aTask().id("mine").onDocument(doc).due(d2026(6, 30)).ledBy(HEALTH, HEALTH_OFFICIAL.id()).build());
    add(aTask().id("unit").onDocument(doc).due(d2026(6, 30)).ledBy(HEALTH).build());
    add(aTask().id("coord").onDocument(doc).due(d2026(6, 30)).ledBy(EDUCATION).coordinatedBy(HEALTH, HEALTH_OFFICIAL.id())
        .build());

    Page<TaskRow> mine = store.queries().list(Scope.official(HEALTH_OFFICIAL.id()), TaskFilter.NONE, asOf(d2026(6, 1)),
        PageRequest.first(10));

    assertThat(mine.items()).extracting(r -> r.task().value()).containsExactly("coord", "mine");
    assertThat(mine.items()).allSatisfy(r -> assertThat(r.unit()).isEqualTo(HEALTH.id()));
  }

  @Nested
  class AgainstTheOracle {
    private final SampleData data = SampleData.generate(20261203L, 240);
    private final List<LocalDate> dates = List.of(d2026(1, 1), d2026(2, 14), d2026(3, 31), d2026(4, 30),
        d2026(6, 15), d2026(7, 1), d2026(8, 31), d2026(10, 10), d2026(12, 31));

    private List<Scope> scopes() {
      return List.of(Scope.allTasks(), Scope.allAssignments(), Scope.unit(HEALTH.id()), Scope.unit(DONG_HA.id()),
          Scope.official(HEALTH_OFFICIAL.id()), Scope.official(Fixtures.EDUCATION_LEADER.id()));
    }

    private List<TaskFilter> filters() {
      List<TaskFilter> fs = new ArrayList<>();
      fs.add(TaskFilter.NONE);
      for (TaskStatus s : TaskStatus.values()) {
        fs.add(TaskFilter.NONE.withStatus(s));
      }
      fs.add(TaskFilter.NONE.onlyDueSoon());
      fs.add(TaskFilter.NONE.onlyNoDeadline());
      fs.add(TaskFilter.NONE.withUnit(EDUCATION.id()));
      fs.add(TaskFilter.NONE.withDirectingLeader(OfficialId.of("ld-hai")));
      fs.add(TaskFilter.NONE.withTrackingSpecialist(Fixtures.OTHER_SPECIALIST.id()).withStatus(TaskStatus.OVERDUE));
      fs.add(TaskFilter.NONE.withDocument(DocumentId.of("doc-3")));
      fs.add(TaskFilter.NONE.withDeadlineBetween(d2026(4, 1), d2026(6, 30)));
      fs.add(TaskFilter.NONE.withDeadlineBetween(d2026(5, 1), null).withStatus(TaskStatus.COMPLETED_LATE));
      return fs;
    }

    @Test
    void theSampleCoversEveryStatusAndFlag() {
      StatusCounts mid = oracleRows(data, Scope.allTasks(), TaskFilter.NONE, asOf(d2026(7, 1))).stream()
          .map(r -> new Classification(d2026(7, 1), r.status(), r.deadline(), r.completedOn(), r.dueSoon()))
          .reduce(StatusCounts.EMPTY, StatusCounts::plus, StatusCounts::plus);
      assertThat(List.of(mid.completedOnTime(), mid.completedLate(), mid.inProgress(), mid.overdue(), mid.dueSoon(),
          mid.noDeadline())).allSatisfy(n -> assertThat(n).isPositive());
      assertThat(data.tasks.stream().filter(Task::isWithdrawn)).isNotEmpty();
      assertThat(data.tasks.stream()
          .filter(t -> t.extensions().stream().filter(ExtensionRequest::isApproved).count() >= 2))
          .as("tasks whose deadline was extended twice").isNotEmpty();
    }

    @Test
    void countsMatchTheStatusRulesForEveryDateScopeAndFilter() {
      load(data);
      for (LocalDate d : dates) {
        for (Scope scope : scopes()) {
          for (TaskFilter f : filters()) {
            StatusCounts expected = oracleRows(data, scope, f, asOf(d)).stream()
                .map(r -> new Classification(d, r.status(), r.deadline(), r.completedOn(), r.dueSoon()))
                .reduce(StatusCounts.EMPTY, StatusCounts::plus, StatusCounts::plus);
            assertThat(store.queries().counts(scope, f, asOf(d)))
                .as("counts on %s over %s with %s", d, scope, f).isEqualTo(expected);
          }
        }
      }
    }

    @Test
    void countsMatchWithAWorkingDayWindow() {
      load(data);
      DueSoonWindow window = DueSoonWindow.workingDays(5, WorkingDayCalendar.vietnamCivilService());
      for (LocalDate d : dates.subList(0, dates.size() - 1)) {
        AsOf asOf = AsOf.of(d, VIETNAM, window);
        StatusCounts expected = oracleRows(data, Scope.allTasks(), TaskFilter.NONE, asOf).stream()
            .map(r -> new Classification(d, r.status(), r.deadline(), r.completedOn(), r.dueSoon()))
            .reduce(StatusCounts.EMPTY, StatusCounts::plus, StatusCounts::plus);
        assertThat(store.queries().counts(Scope.allTasks(), TaskFilter.NONE, asOf)).as("on %s", d).isEqualTo(expected);
      }
    }

    @Test
    void listsMatchRowForRowInOrder() {
      load(data);
      for (LocalDate d : List.of(d2026(3, 31), d2026(7, 1), d2026(12, 31))) {
        for (Scope scope : scopes()) {
          for (TaskFilter f : filters()) {
            List<TaskRow> expected = oracleRows(data, scope, f, asOf(d));
            Page<TaskRow> second = store.queries().list(scope, f, asOf(d), new PageRequest(2, 7));
            assertThat(second.total()).as("total on %s over %s with %s", d, scope, f).isEqualTo(expected.size());
            assertThat(second.items()).as("page 2 on %s over %s with %s", d, scope, f)
                .isEqualTo(expected.stream().skip(7).limit(7).toList());
          }
        }
      }
    }

    @Test
    void statisticsMatchTheStatusRules() {
      load(data);
      for (Period p : List.of(new Period(d2026(1, 1), d2026(3, 31)), new Period(d2026(1, 1), d2026(12, 31)),
          new Period(d2026(7, 1), d2026(9, 30)))) {
        for (Grouping g : Grouping.values()) {
          assertThat(store.queries().statistics(g, p, asOf(p.to())))
              .as("%s statistics for %s", g, p).isEqualTo(oracleStatistics(data, g, p, asOf(p.to())));
        }
      }
    }
  }

  // ---- the oracle: the status rules applied task by task ----

  static List<TaskRow> oracleRows(SampleData data, Scope scope, TaskFilter f, AsOf asOf) {
    Map<DocumentId, Document> docs = new TreeMap<>(Comparator.comparing(DocumentId::value));
    data.documents.forEach(d -> docs.put(d.id(), d));
    List<TaskRow> rows = new ArrayList<>();
    for (Task t : data.tasks) {
      Task stored = t.withVersion(1);
      if (!stored.countsOn(asOf.date(), asOf.zone())) {
        continue;
      }
      if (f.unit().isPresent() && stored.assignment(f.unit().get()).isEmpty()
          || f.directingLeader().isPresent() && !f.directingLeader().get().equals(stored.directingLeader())
          || f.trackingSpecialist().isPresent() && !f.trackingSpecialist().get().equals(stored.trackingSpecialist())
          || f.document().isPresent() && !f.document().get().equals(stored.document())) {
        continue;
      }
      List<Assignment> subjects = new ArrayList<>();
      if (scope instanceof Scope.AllTasks) {
        subjects.add(stored.lead());
      } else {
        for (Assignment a : stored.assignments()) {
          if (scope instanceof Scope.AllAssignments
              || scope instanceof Scope.UnitAssignments u && u.unit().equals(a.unit())
              || scope instanceof Scope.OfficialAssignments o && a.isAssignee(o.official())) {
            subjects.add(a);
          }
        }
      }
      for (Assignment a : subjects) {
        Classification c = StatusRules.classify(stored.statusFacts(a.unit()), asOf.date(), asOf.zone(), asOf.window());
        boolean keep = f.status().map(s -> s == c.status()).orElse(true)
            && (!f.dueSoon() || c.dueSoon())
            && (!f.noDeadline() || c.noDeadline())
            && f.deadlineFrom().map(x -> c.effectiveDeadline().filter(d -> !d.isBefore(x)).isPresent()).orElse(true)
            && f.deadlineTo().map(x -> c.effectiveDeadline().filter(d -> !d.isAfter(x)).isPresent()).orElse(true);
        if (keep) {
          rows.add(new TaskRow(stored.id(), 1, stored.document(), docs.get(stored.document()).number().toString(),
              a.unit(), a.responsibility(), stored.trackingContent(), stored.directingLeader(),
              stored.trackingSpecialist(), c.effectiveDeadline(), c.status(), c.dueSoon(), c.completedOn()));
        }
      }
    }
    rows.sort(Comparator.comparing((TaskRow r) -> r.deadline().orElse(LocalDate.MAX))
        .thenComparing(r -> r.task().value()).thenComparing(r -> r.unit().value()));
    return rows;
  }

  static List<StatisticsRow> oracleStatistics(SampleData data, Grouping g, Period p, AsOf asOf) {
    Map<String, List<Classification>> byKey = new TreeMap<>();
    for (Task t : data.tasks) {
      if (!p.contains(LocalDate.ofInstant(t.createdAt(), asOf.zone())) || !t.countsOn(asOf.date(), asOf.zone())) {
        continue;
      }
      for (Assignment a : g == Grouping.UNIT ? t.assignments() : List.of(t.lead())) {
        String key = g == Grouping.UNIT ? a.unit().value() : t.directingLeader().value();
        byKey.computeIfAbsent(key, k -> new ArrayList<>())
            .add(StatusRules.classify(t.statusFacts(a.unit()), asOf.date(), asOf.zone(), asOf.window()));
      }
    }
    List<StatisticsRow> out = new ArrayList<>();
    byKey.forEach((key, cs) -> {
      StatusCounts counts = cs.stream().reduce(StatusCounts.EMPTY, StatusCounts::plus, StatusCounts::plus);
      long due = cs.stream().filter(c -> c.effectiveDeadline().filter(p::contains).isPresent()).count();
      long dueOnTime = cs.stream().filter(c -> c.effectiveDeadline().filter(p::contains).isPresent()
          && c.status() == TaskStatus.COMPLETED_ON_TIME).count();
      out.add(new StatisticsRow(key, counts, due, dueOnTime));
    });
    return out;
  }

  @Test
  void statisticsNameTheirDenominator() {
    stored(directive("doc-1", 1));
    DocumentId doc = DocumentId.of("doc-1");
    add(completedBy(aTask().onDocument(doc).createdOn(d2026(1, 6)).due(d2026(2, 27)).ledBy(HEALTH).build(),
        HEALTH.id(), d2026(2, 20)));
    add(aTask().onDocument(doc).createdOn(d2026(1, 6)).due(d2026(6, 30)).ledBy(HEALTH).build());
    add(aTask().onDocument(doc).createdOn(d2026(1, 6)).due(d2026(3, 2)).ledBy(HEALTH).build());

    List<StatisticsRow> rows = store.queries().statistics(Grouping.UNIT, new Period(d2026(1, 1), d2026(3, 31)),
        asOf(d2026(3, 31)));

    assertThat(rows).hasSize(1);
    StatisticsRow health = rows.get(0);
    assertThat(health.key()).isEqualTo(HEALTH.id().value());
    assertThat(health.assigned()).isEqualTo(3);
    assertThat(health.onTimeRate(dev.theodoi.port.RateBase.DUE_IN_PERIOD).value()).hasValue(0.5);
    assertThat(health.onTimeRate(dev.theodoi.port.RateBase.ALL_TASKS).value()).hasValue(1.0 / 3);
    assertThat(Optional.of(health.counts().overdue())).contains(1L);
  }
}
