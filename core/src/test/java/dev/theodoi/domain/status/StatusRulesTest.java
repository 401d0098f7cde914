package dev.theodoi.domain.status;

import static dev.theodoi.testing.Fixtures.VIETNAM;
import static dev.theodoi.testing.Fixtures.d2026;
import static dev.theodoi.testing.Fixtures.morningOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.theodoi.domain.calendar.CalendarNotCoveredException;
import dev.theodoi.domain.calendar.WorkingDayCalendar;
import dev.theodoi.domain.status.StatusFacts.ApprovedExtension;
import dev.theodoi.domain.status.StatusFacts.CompletionFact;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The status table of DOMAIN.md, row by row, and the as-of semantics around it. */
class StatusRulesTest {
  private static final DueSoonWindow THREE_DAYS = DueSoonWindow.calendarDays(3);
  private static final LocalDate DEADLINE = d2026(6, 30);

  private static StatusFacts dueOn(LocalDate deadline) {
    return StatusFacts.withDeadline(Optional.of(deadline));
  }

  private static CompletionFact completedOn(LocalDate date) {
    return new CompletionFact(date, morningOf(date), false);
  }

  private static Classification classify(StatusFacts facts, LocalDate asOf) {
    return StatusRules.classify(facts, asOf, VIETNAM, THREE_DAYS);
  }

  @Nested
  class TheFourRows {
    @Test
    void completedOnOrBeforeTheDeadlineIsOnTime() {
      Classification onTheDay = classify(dueOn(DEADLINE).plus(completedOn(DEADLINE)), d2026(7, 15));
      Classification early = classify(dueOn(DEADLINE).plus(completedOn(d2026(6, 1))), d2026(7, 15));

      assertThat(onTheDay.status()).isEqualTo(TaskStatus.COMPLETED_ON_TIME);
      assertThat(onTheDay.completedOn()).contains(DEADLINE);
      assertThat(early.status()).isEqualTo(TaskStatus.COMPLETED_ON_TIME);
    }

    @Test
    void completedWithoutDeadlineIsOnTime() {
      Classification c = classify(StatusFacts.withDeadline(Optional.empty()).plus(completedOn(d2026(3, 3))),
          d2026(3, 3));

      assertThat(c.status()).isEqualTo(TaskStatus.COMPLETED_ON_TIME);
      assertThat(c.noDeadline()).isTrue();
    }

    @Test
    void completedAfterTheDeadlineIsLate() {
      Classification c = classify(dueOn(DEADLINE).plus(completedOn(d2026(7, 1))), d2026(7, 1));

      assertThat(c.status()).isEqualTo(TaskStatus.COMPLETED_LATE);
    }

    @Test
    void notCompletedUpToAndOnTheDeadlineIsInProgress() {
      assertThat(classify(dueOn(DEADLINE), d2026(6, 1)).status()).isEqualTo(TaskStatus.IN_PROGRESS);
      assertThat(classify(dueOn(DEADLINE), DEADLINE).status()).isEqualTo(TaskStatus.IN_PROGRESS);
    }

    @Test
    void notCompletedWithoutDeadlineIsInProgressForever() {
      Classification c = classify(StatusFacts.withDeadline(Optional.empty()), d2026(12, 31));

      assertThat(c.status()).isEqualTo(TaskStatus.IN_PROGRESS);
      assertThat(c.noDeadline()).isTrue();
      assertThat(c.dueSoon()).isFalse();
    }

    @Test
    void notCompletedTheDayAfterTheDeadlineIsOverdue() {
      Classification c = classify(dueOn(DEADLINE), d2026(7, 1));

      assertThat(c.status()).isEqualTo(TaskStatus.OVERDUE);
      assertThat(c.effectiveDeadline()).contains(DEADLINE);
    }
  }

  @Nested
  class AsOfSemantics {
    @Test
    void aCompletionAfterTheAsOfDateDoesNotCountYet() {
      StatusFacts facts = dueOn(DEADLINE).plus(completedOn(d2026(7, 5)));

      assertThat(classify(facts, d2026(7, 4)).status()).isEqualTo(TaskStatus.OVERDUE);
      assertThat(classify(facts, d2026(7, 5)).status()).isEqualTo(TaskStatus.COMPLETED_LATE);
    }

    @Test
    void aCompletionRecordedAfterTheAsOfDateDoesNotCountYetEvenIfItsResultIsOlder() {
      StatusFacts facts = dueOn(DEADLINE).plus(new CompletionFact(d2026(6, 29), morningOf(d2026(7, 3)), false));

      assertThat(classify(facts, d2026(7, 2)).status()).isEqualTo(TaskStatus.OVERDUE);
      assertThat(classify(facts, d2026(7, 3)).status()).isEqualTo(TaskStatus.COMPLETED_ON_TIME);
    }

    @Test
    void aReturnedCompletionDoesNotCount() {
      StatusFacts facts = dueOn(DEADLINE).plus(new CompletionFact(d2026(6, 20), morningOf(d2026(6, 20)), true));

      assertThat(classify(facts, d2026(6, 25)).status()).isEqualTo(TaskStatus.IN_PROGRESS);
      assertThat(classify(facts, d2026(7, 25)).status()).isEqualTo(TaskStatus.OVERDUE);
    }

    @Test
    void theCompletionAfterAReturnIsTheOneJudged() {
      StatusFacts facts = dueOn(DEADLINE)
          .plus(new CompletionFact(d2026(6, 20), morningOf(d2026(6, 20)), true))
          .plus(completedOn(d2026(7, 2)));

      assertThat(classify(facts, d2026(7, 2)).status()).isEqualTo(TaskStatus.COMPLETED_LATE);
    }

    @Test
    void onlyExtensionsApprovedOnOrBeforeTheAsOfDateCount() {
      StatusFacts facts = dueOn(DEADLINE).plus(new ApprovedExtension(d2026(7, 31), morningOf(d2026(7, 3))));

      assertThat(classify(facts, d2026(7, 2)).status()).isEqualTo(TaskStatus.OVERDUE);
      assertThat(classify(facts, d2026(7, 2)).effectiveDeadline()).contains(DEADLINE);
      assertThat(classify(facts, d2026(7, 3)).status()).isEqualTo(TaskStatus.IN_PROGRESS);
      assertThat(classify(facts, d2026(7, 3)).effectiveDeadline()).contains(d2026(7, 31));
    }

    @Test
    void theLastApprovedExtensionWins() {
      StatusFacts facts = dueOn(DEADLINE)
          .plus(new ApprovedExtension(d2026(7, 15), morningOf(d2026(6, 25))))
          .plus(new ApprovedExtension(d2026(8, 15), morningOf(d2026(7, 10))));

      assertThat(classify(facts, d2026(7, 1)).effectiveDeadline()).contains(d2026(7, 15));
      assertThat(classify(facts, d2026(7, 10)).effectiveDeadline()).contains(d2026(8, 15));
    }

    @Test
    void completionIsJudgedAgainstTheExtendedDeadline() {
      StatusFacts facts = dueOn(DEADLINE)
          .plus(new ApprovedExtension(d2026(7, 31), morningOf(d2026(6, 28))))
          .plus(completedOn(d2026(7, 20)));

      assertThat(classify(facts, d2026(8, 1)).status()).isEqualTo(TaskStatus.COMPLETED_ON_TIME);
    }
  }

  @Nested
  class Zones {
    @Test
    void lateEveningInHanoiOnTheDeadlineIsOnTime() {
      // 23:30 on 30 June in Hanoi is 16:30 UTC on 30 June; the completion is recorded on the deadline day.
      Instant lateEvening = OffsetDateTime.of(2026, 6, 30, 23, 30, 0, 0, ZoneOffset.ofHours(7)).toInstant();
      StatusFacts facts = dueOn(DEADLINE).plus(new CompletionFact(DEADLINE, lateEvening, false));

      assertThat(classify(facts, DEADLINE).status()).isEqualTo(TaskStatus.COMPLETED_ON_TIME);
    }

    @Test
    void anInstantIsReadInTheGivenZoneNotInUtc() {
      // 00:30 on 1 July in Hanoi is still 30 June in UTC: recorded after the as-of date 30 June in Vietnam.
      Instant afterMidnight = OffsetDateTime.of(2026, 7, 1, 0, 30, 0, 0, ZoneOffset.ofHours(7)).toInstant();
      StatusFacts facts = dueOn(DEADLINE).plus(new CompletionFact(DEADLINE, afterMidnight, false));

      assertThat(StatusRules.classify(facts, DEADLINE, VIETNAM, THREE_DAYS).status())
          .isEqualTo(TaskStatus.IN_PROGRESS);
      assertThat(StatusRules.classify(facts, DEADLINE, ZoneOffset.UTC, THREE_DAYS).status())
          .isEqualTo(TaskStatus.COMPLETED_ON_TIME);
    }

    @Test
    void anApprovalEarlyInTheMorningCountsFromThatVietnameseDate() {
      Instant sixAm = OffsetDateTime.of(2026, 7, 1, 6, 0, 0, 0, ZoneOffset.ofHours(7)).toInstant();
      StatusFacts facts = dueOn(DEADLINE).plus(new ApprovedExtension(d2026(7, 15), sixAm));

      assertThat(StatusRules.classify(facts, d2026(7, 1), VIETNAM, THREE_DAYS).effectiveDeadline())
          .contains(d2026(7, 15));
      assertThat(StatusRules.classify(facts, DEADLINE, VIETNAM, THREE_DAYS).effectiveDeadline())
          .contains(DEADLINE);
    }
  }

  @Nested
  class DueSoon {
    @Test
    void calendarWindowCountsDaysToTheDeadline() {
      assertThat(classify(dueOn(DEADLINE), d2026(6, 27)).dueSoon()).isTrue();
      assertThat(classify(dueOn(DEADLINE), d2026(6, 26)).dueSoon()).isFalse();
      assertThat(classify(dueOn(DEADLINE), DEADLINE).dueSoon()).isTrue();
    }

    @Test
    void overdueAndCompletedTasksAreNeverDueSoon() {
      assertThat(classify(dueOn(DEADLINE), d2026(7, 1)).dueSoon()).isFalse();
      assertThat(classify(dueOn(DEADLINE).plus(completedOn(d2026(6, 29))), d2026(6, 29)).dueSoon()).isFalse();
    }

    @Test
    void workingDayWindowSkipsWeekendsAndHolidays() {
      DueSoonWindow twoWorkingDays = DueSoonWindow.workingDays(2, WorkingDayCalendar.vietnamCivilService());
      // Deadline Tuesday 5 May 2026; 30/4–3/5 are closed: from Wednesday 29 April only Mon 4 and Tue 5 remain.
      StatusFacts facts = dueOn(d2026(5, 5));

      assertThat(StatusRules.classify(facts, d2026(4, 29), VIETNAM, twoWorkingDays).dueSoon()).isTrue();
      assertThat(StatusRules.classify(facts, d2026(4, 29), VIETNAM, DueSoonWindow.calendarDays(2)).dueSoon())
          .isFalse();
      assertThat(StatusRules.classify(facts, d2026(4, 28), VIETNAM, twoWorkingDays).dueSoon()).isFalse();
    }

    @Test
    void workingDayWindowAnswersForFarDeadlinesInUncoveredYears() {
      DueSoonWindow window = DueSoonWindow.workingDays(3, WorkingDayCalendar.vietnamCivilService());

      assertThat(StatusRules.classify(dueOn(LocalDate.of(2027, 6, 30)), d2026(12, 1), VIETNAM, window).dueSoon())
          .isFalse();
      assertThatThrownBy(() -> StatusRules.classify(dueOn(LocalDate.of(2027, 1, 4)), d2026(12, 31), VIETNAM, window))
          .isInstanceOf(CalendarNotCoveredException.class)
          .hasMessageContaining("2027");
    }
  }

  @Test
  void classificationsAddUpInCounts() {
    List<Classification> cs = List.of(
        classify(dueOn(DEADLINE).plus(completedOn(DEADLINE)), d2026(7, 2)),
        classify(dueOn(DEADLINE).plus(completedOn(d2026(7, 1))), d2026(7, 2)),
        classify(dueOn(d2026(7, 3)), d2026(7, 2)),
        classify(StatusFacts.withDeadline(Optional.empty()), d2026(7, 2)),
        classify(dueOn(DEADLINE), d2026(7, 2)));

    StatusCounts counts = cs.stream().reduce(StatusCounts.EMPTY, StatusCounts::plus, StatusCounts::plus);

    assertThat(counts).isEqualTo(new StatusCounts(5, 1, 1, 2, 1, 1, 1));
  }

  @Test
  void countsThatDoNotAddUpAreRejected() {
    assertThatThrownBy(() -> new StatusCounts(5, 1, 1, 1, 1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("total 5 is not the sum");
    assertThatThrownBy(() -> StatusCounts.of(0, 0, 1, 0, 2, 0))
        .hasMessageContaining("due soon (2) cannot exceed in progress (1)");
  }
}
