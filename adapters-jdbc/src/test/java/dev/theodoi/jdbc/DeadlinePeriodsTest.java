package dev.theodoi.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.theodoi.jdbc.DeadlinePeriods.Approval;
import dev.theodoi.jdbc.DeadlinePeriods.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The periods a dashboard row is chosen from: for every instant e there is exactly one row holding it while the
 * task counts, and it carries the deadline the status rules would use.
 */
class DeadlinePeriodsTest {
  private static final Instant CREATED = Instant.parse("2026-03-02T02:00:00Z");
  private static final LocalDate ORIGINAL = LocalDate.of(2026, 3, 31);

  private static Instant hours(long h) {
    return CREATED.plusSeconds(3600 * h);
  }

  @Test
  void aTaskWithoutExtensionHasOnePeriodFromItsCreation() {
    assertThat(DeadlinePeriods.of(CREATED, null, ORIGINAL, List.of()))
        .containsExactly(new Period(0, CREATED, null, ORIGINAL));
  }

  @Test
  void eachApprovalStartsAPeriodAndAWithdrawalEndsTheLast() {
    Approval first = new Approval(hours(24), 0, LocalDate.of(2026, 4, 15));
    Approval second = new Approval(hours(48), 2, LocalDate.of(2026, 4, 30));
    assertThat(DeadlinePeriods.of(CREATED, hours(60), ORIGINAL, List.of(second, first))).containsExactly(
        new Period(0, CREATED, hours(24), ORIGINAL),
        new Period(1, hours(24), hours(48), LocalDate.of(2026, 4, 15)),
        new Period(2, hours(48), hours(60), LocalDate.of(2026, 4, 30)));
  }

  @Test
  void twoApprovalsAtOneInstantLeaveTheLaterRequestInForce() {
    Approval earlier = new Approval(hours(24), 0, LocalDate.of(2026, 4, 15));
    Approval later = new Approval(hours(24), 1, LocalDate.of(2026, 5, 15));
    assertThat(DeadlinePeriods.of(CREATED, null, ORIGINAL, List.of(later, earlier))).containsExactly(
        new Period(0, CREATED, hours(24), ORIGINAL),
        new Period(1, hours(24), null, LocalDate.of(2026, 5, 15)));
  }

  @Test
  void anApprovalRecordedBeforeTheTaskIsInForceFromItsCreation() {
    assertThat(DeadlinePeriods.of(CREATED, null, ORIGINAL, List.of(new Approval(hours(-5), 0, LocalDate.of(2026, 6, 1)))))
        .containsExactly(new Period(0, CREATED, null, LocalDate.of(2026, 6, 1)));
  }

  @Test
  void aWithdrawalBeforeAnApprovalDropsThePeriodsAfterIt() {
    assertThat(DeadlinePeriods.of(CREATED, hours(10), null, List.of(new Approval(hours(24), 0, ORIGINAL))))
        .containsExactly(new Period(0, CREATED, hours(10), null));
    assertThat(DeadlinePeriods.of(CREATED, CREATED, ORIGINAL, List.of())).as("withdrawn as it was created").isEmpty();
  }

  @Property
  void exactlyOnePeriodHoldsEveryInstantWhileTheTaskCountsWithTheNewestApprovalsDeadline(
      @ForAll("approvals") List<Approval> approvals, @ForAll("offsets") Optional<Long> withdrawnAfter,
      @ForAll("offsets") Optional<Long> probeAfter) {
    Instant withdrawn = withdrawnAfter.map(DeadlinePeriodsTest::hours).orElse(null);
    Instant e = hours(probeAfter.orElse(0L));
    List<Period> periods = DeadlinePeriods.of(CREATED, withdrawn, ORIGINAL, approvals);

    List<Period> holding = periods.stream()
        .filter(p -> p.from().isBefore(e) && (p.until() == null || !e.isAfter(p.until()))).toList();
    boolean counts = CREATED.isBefore(e) && (withdrawn == null || !e.isAfter(withdrawn));
    assertThat(holding).hasSize(counts ? 1 : 0);
    if (counts) {
      LocalDate expected = approvals.stream().filter(a -> a.decidedAt().isBefore(e))
          .max(Comparator.comparing(Approval::decidedAt).thenComparingInt(Approval::seq))
          .map(Approval::deadline).orElse(ORIGINAL);
      assertThat(holding.get(0).deadline()).isEqualTo(expected);
    }
    for (int i = 0; i < periods.size(); i++) {
      assertThat(periods.get(i).seq()).isEqualTo(i);
      assertThat(periods.get(i).until() == null || periods.get(i).until().isAfter(periods.get(i).from())).isTrue();
    }
  }

  @Provide
  Arbitrary<List<Approval>> approvals() {
    Arbitrary<Approval> one = Combinators.combine(Arbitraries.longs().between(-48, 400),
            Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 120))
        .as((h, seq, days) -> new Approval(hours(h), seq, ORIGINAL.plusDays(days)));
    return one.list().ofMaxSize(5).map(list -> {
      // seq is a request's position: unique per task
      List<Approval> unique = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        unique.add(new Approval(list.get(i).decidedAt(), i, list.get(i).deadline()));
      }
      return unique;
    });
  }

  @Provide
  Arbitrary<Optional<Long>> offsets() {
    return Arbitraries.longs().between(-48, 500).optional(0.8);
  }
}
