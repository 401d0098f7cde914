package dev.theodoi.inmemory;

import dev.theodoi.domain.document.Document;
import dev.theodoi.domain.document.DocumentId;
import dev.theodoi.domain.status.Classification;
import dev.theodoi.domain.status.StatusCounts;
import dev.theodoi.domain.status.StatusRules;
import dev.theodoi.domain.status.TaskStatus;
import dev.theodoi.domain.task.Assignment;
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
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The reference semantics of the dashboard queries, computed task by task. */
final class Rows {
  private Rows() {}

  static final Comparator<TaskRow> ORDER = Comparator
      .comparing((TaskRow r) -> r.deadline().orElse(LocalDate.MAX))
      .thenComparing(r -> r.task().value())
      .thenComparing(r -> r.unit().value());

  static StatusCounts counts(Collection<Task> tasks, Map<DocumentId, Document> docs, Scope scope, TaskFilter filter,
      AsOf asOf) {
    return rows(tasks, docs, scope, filter, asOf)
        .reduce(StatusCounts.EMPTY, (c, r) -> c.plus(new Classification(asOf.date(), r.status(), r.deadline(),
            r.completedOn(), r.dueSoon())), StatusCounts::plus);
  }

  static Page<TaskRow> page(Collection<Task> tasks, Map<DocumentId, Document> docs, Scope scope, TaskFilter filter,
      AsOf asOf, PageRequest page) {
    List<TaskRow> all = rows(tasks, docs, scope, filter, asOf).sorted(ORDER).toList();
    List<TaskRow> items = all.stream().skip(page.offset()).limit(page.size()).toList();
    return new Page<>(items, page, all.size());
  }

  static List<StatisticsRow> statistics(Collection<Task> tasks, Grouping grouping, Period period, AsOf asOf) {
    Map<String, long[]> due = new TreeMap<>();
    Map<String, StatusCounts> counts = new TreeMap<>();
    for (Task t : tasks) {
      LocalDate created = LocalDate.ofInstant(t.createdAt(), asOf.zone());
      if (!period.contains(created) || !t.countsOn(asOf.date(), asOf.zone())) {
        continue;
      }
      List<Assignment> subjects = grouping == Grouping.UNIT ? t.assignments() : List.of(t.lead());
      for (Assignment a : subjects) {
        String key = grouping == Grouping.UNIT ? a.unit().value() : t.directingLeader().value();
        Classification c = StatusRules.classify(t.statusFacts(a.unit()), asOf.date(), asOf.zone(), asOf.window());
        counts.merge(key, StatusCounts.EMPTY.plus(c), StatusCounts::plus);
        long[] d = due.computeIfAbsent(key, k -> new long[2]);
        if (c.effectiveDeadline().filter(period::contains).isPresent()) {
          d[0]++;
          if (c.status() == TaskStatus.COMPLETED_ON_TIME) {
            d[1]++;
          }
        }
      }
    }
    return counts.entrySet().stream()
        .map(e -> new StatisticsRow(e.getKey(), e.getValue(), due.get(e.getKey())[0], due.get(e.getKey())[1]))
        .toList();
  }

  private static Stream<TaskRow> rows(Collection<Task> tasks, Map<DocumentId, Document> docs, Scope scope,
      TaskFilter filter, AsOf asOf) {
    return tasks.stream()
        .filter(t -> t.countsOn(asOf.date(), asOf.zone()))
        .filter(t -> taskMatches(t, filter))
        .flatMap(t -> subjects(t, scope).map(a -> row(t, a, docs, asOf)))
        .filter(r -> rowMatches(r, filter));
  }

  private static Stream<Assignment> subjects(Task t, Scope scope) {
    if (scope instanceof Scope.UnitAssignments u) {
      return t.assignment(u.unit()).stream();
    }
    if (scope instanceof Scope.AllAssignments) {
      return t.assignments().stream();
    }
    if (scope instanceof Scope.OfficialAssignments o) {
      return t.assignments().stream().filter(a -> a.isAssignee(o.official()));
    }
    return Stream.of(t.lead());
  }

  private static boolean taskMatches(Task t, TaskFilter f) {
    return f.unit().map(u -> t.assignment(u).isPresent()).orElse(true)
        && f.directingLeader().map(t.directingLeader()::equals).orElse(true)
        && f.trackingSpecialist().map(t.trackingSpecialist()::equals).orElse(true)
        && f.document().map(t.document()::equals).orElse(true);
  }

  private static boolean rowMatches(TaskRow r, TaskFilter f) {
    return f.status().map(s -> s == r.status()).orElse(true)
        && (!f.dueSoon() || r.dueSoon())
        && (!f.noDeadline() || r.deadline().isEmpty())
        && f.deadlineFrom().map(from -> r.deadline().filter(d -> !d.isBefore(from)).isPresent()).orElse(true)
        && f.deadlineTo().map(to -> r.deadline().filter(d -> !d.isAfter(to)).isPresent()).orElse(true);
  }

  private static TaskRow row(Task t, Assignment a, Map<DocumentId, Document> docs, AsOf asOf) {
    Classification c = StatusRules.classify(t.statusFacts(a.unit()), asOf.date(), asOf.zone(), asOf.window());
    String number = Optional.ofNullable(docs.get(t.document())).map(d -> d.number().toString()).orElse("");
    return new TaskRow(t.id(), t.version(), t.document(), number, a.unit(), a.responsibility(),
        t.trackingContent(), t.directingLeader(), t.trackingSpecialist(), c.effectiveDeadline(), c.status(),
        c.dueSoon(), c.completedOn());
  }
}
