package dev.theodoi.domain.status;

import static dev.theodoi.testing.Fixtures.VIETNAM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.theodoi.domain.calendar.WorkingDayCalendar;
import dev.theodoi.domain.status.StatusFacts.ApprovedExtension;
import dev.theodoi.testing.DomainArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import dev.theodoi.testing.Fixtures;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.From;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Rules that hold for all facts and dates. */
class StatusRulesProperties {
  private static final DueSoonWindow WINDOW =
      DueSoonWindow.workingDays(3, WorkingDayCalendar.vietnamCivilService());

  @Provide
  Arbitrary<StatusFacts> facts() {
    return DomainArbitraries.statusFacts();
  }

  @Provide
  Arbitrary<StatusFacts> factsWithoutExtensions() {
    return DomainArbitraries.statusFactsWithoutExtensions();
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return DomainArbitraries.dates();
  }

  private static Classification classify(StatusFacts f, LocalDate asOf) {
    return StatusRules.classify(f, asOf, VIETNAM, DueSoonWindow.calendarDays(5));
  }

  @Property
  void everyTaskHasExactlyOneStatusAndItMatchesTheTable(
      @ForAll("facts") StatusFacts facts, @ForAll("dates") LocalDate asOf) {
    Classification c = StatusRules.classify(facts, asOf, VIETNAM, WINDOW);

    boolean completed = c.completedOn().isPresent();
    boolean late = completed && c.effectiveDeadline().map(d -> c.completedOn().get().isAfter(d)).orElse(false);
    boolean pastDeadline = c.effectiveDeadline().map(asOf::isAfter).orElse(false);
    int matching = 0;
    matching += completed && !late ? 1 : 0;
    matching += completed && late ? 1 : 0;
    matching += !completed && !pastDeadline ? 1 : 0;
    matching += !completed && pastDeadline ? 1 : 0;
    assertThat(matching).isEqualTo(1);
    TaskStatus expected = completed
        ? (late ? TaskStatus.COMPLETED_LATE : TaskStatus.COMPLETED_ON_TIME)
        : (pastDeadline ? TaskStatus.OVERDUE : TaskStatus.IN_PROGRESS);
    assertThat(c.status()).isEqualTo(expected);
    c.completedOn().ifPresent(on -> assertThat(on).isBeforeOrEqualTo(asOf));
  }

  @Property
  void withoutExtensionsAnOpenTaskTurnsOverdueExactlyOnceAndNeverBack(
      @ForAll("factsWithoutExtensions") StatusFacts facts, @ForAll("dates") LocalDate start) {
    List<TaskStatus> statuses = new ArrayList<>();
    for (LocalDate d = start; d.isBefore(start.plusDays(120)); d = d.plusDays(1)) {
      TaskStatus s = classify(facts, d).status();
      if (s.isCompleted()) {
        break;
      }
      statuses.add(s);
    }
    int switches = 0;
    for (int i = 1; i < statuses.size(); i++) {
      assertThat(statuses.get(i - 1) == TaskStatus.OVERDUE && statuses.get(i) == TaskStatus.IN_PROGRESS)
          .as("overdue never goes back to in progress").isFalse();
      if (statuses.get(i - 1) != statuses.get(i)) {
        switches++;
        LocalDate switchDay = start.plusDays(i);
        assertThat(facts.originalDeadline()).contains(switchDay.minusDays(1));
      }
    }
    assertThat(switches).isLessThanOrEqualTo(1);
  }

  @Property
  void onceCompletedTheStatusNoLongerChanges(
      @ForAll("facts") StatusFacts facts, @ForAll("dates") LocalDate asOf) {
    Classification first = classify(facts, asOf);
    if (!first.status().isCompleted() || !noApprovalAfter(facts, asOf)) {
      return;
    }
    for (int days = 1; days <= 400; days += 37) {
      Classification later = classify(facts, asOf.plusDays(days));
      assertThat(later.status()).isEqualTo(first.status());
      assertThat(later.completedOn()).isEqualTo(first.completedOn());
    }
  }

  private static boolean noApprovalAfter(StatusFacts facts, LocalDate asOf) {
    return facts.approvedExtensions().stream()
        .allMatch(e -> !LocalDate.ofInstant(e.approvedAt(), VIETNAM).isAfter(asOf));
  }

  @Property
  void approvingAnExtensionNeverMakesATaskOverdue(
      @ForAll("facts") StatusFacts facts, @ForAll("dates") LocalDate asOf,
      @ForAll @IntRange(min = 1, max = 90) int daysLater, @ForAll @IntRange(min = 0, max = 400) int approvalLag) {
    LocalDate current = facts.approvedExtensions().stream()
        .map(ApprovedExtension::newDeadline).max(LocalDate::compareTo)
        .or(facts::originalDeadline).orElse(null);
    if (current == null) {
      return;
    }
    Instant lastApproval = facts.approvedExtensions().stream().map(ApprovedExtension::approvedAt)
        .max(Instant::compareTo).orElse(Fixtures.morningOf(DomainArbitraries.FIRST));
    StatusFacts extended = facts.plus(new ApprovedExtension(current.plusDays(daysLater),
        lastApproval.plus(Duration.ofDays(approvalLag))));

    TaskStatus before = classify(facts, asOf).status();
    TaskStatus after = classify(extended, asOf).status();

    if (before != TaskStatus.OVERDUE) {
      assertThat(after).isNotEqualTo(TaskStatus.OVERDUE);
    }
    if (before == TaskStatus.COMPLETED_ON_TIME) {
      assertThat(after).isEqualTo(TaskStatus.COMPLETED_ON_TIME);
    }
  }

  @Property
  void countsAlwaysAddUp(@ForAll @Size(max = 30) List<@From("facts") StatusFacts> tasks, @ForAll("dates") LocalDate asOf) {
    StatusCounts counts = StatusCounts.EMPTY;
    for (StatusFacts f : tasks) {
      counts = counts.plus(StatusRules.classify(f, asOf, VIETNAM, WINDOW));
    }
    long sum = 0;
    for (TaskStatus s : TaskStatus.values()) {
      sum += counts.count(s);
    }
    assertThat(counts.total()).isEqualTo(tasks.size()).isEqualTo(sum);
  }
}
