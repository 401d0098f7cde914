package dev.theodoi.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped calendar against the closures DOMAIN.md lists, and the calendar's arithmetic. */
class WorkingDayCalendarTest {
  private final WorkingDayCalendar calendar = WorkingDayCalendar.vietnamCivilService();

  /** Every closure of 2024–2026 from DOMAIN.md, written out by hand, each as an inclusive range. */
  static Stream<Arguments> closures() {
    return Stream.of(
        Arguments.of("2024-01-01", "2024-01-01"),
        Arguments.of("2024-02-08", "2024-02-14"),
        Arguments.of("2024-04-18", "2024-04-18"),
        Arguments.of("2024-04-27", "2024-05-01"),
        Arguments.of("2024-08-31", "2024-09-03"),
        Arguments.of("2025-01-01", "2025-01-01"),
        Arguments.of("2025-01-25", "2025-02-02"),
        Arguments.of("2025-04-07", "2025-04-07"),
        Arguments.of("2025-04-30", "2025-05-04"),
        Arguments.of("2025-08-30", "2025-09-02"),
        Arguments.of("2026-01-01", "2026-01-04"),
        Arguments.of("2026-02-14", "2026-02-22"),
        Arguments.of("2026-04-27", "2026-04-27"),
        Arguments.of("2026-04-30", "2026-05-03"),
        Arguments.of("2026-08-29", "2026-09-02"));
  }

  @ParameterizedTest(name = "{0} to {1} is closed")
  @MethodSource("closures")
  void everyDayOfAClosureIsNotAWorkingDay(String from, String to) {
    for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
      assertThat(calendar.isWorkingDay(d)).as("%s", d).isFalse();
    }
  }

  @ParameterizedTest(name = "the weekday before and after {0}..{1} are working days")
  @MethodSource("closures")
  void closuresEndWhereTheyShould(String from, String to) {
    LocalDate before = LocalDate.parse(from).minusDays(1);
    LocalDate after = LocalDate.parse(to).plusDays(1);
    if (before.getDayOfWeek().getValue() <= 5 && calendar.covers(before.getYear())) {
      assertThat(calendar.isWorkingDay(before)).as("%s", before).isTrue();
    }
    if (after.getDayOfWeek().getValue() <= 5 && calendar.covers(after.getYear())) {
      assertThat(calendar.isWorkingDay(after)).as("%s", after).isTrue();
    }
  }

  @ParameterizedTest(name = "Saturday {0} is a make-up working day")
  @ValueSource(strings = {"2024-05-04", "2025-04-26", "2026-01-10", "2026-08-22"})
  void makeUpSaturdaysAreWorkingDays(String date) {
    LocalDate d = LocalDate.parse(date);
    assertThat(d.getDayOfWeek().getValue()).isEqualTo(6);
    assertThat(calendar.isWorkingDay(d)).isTrue();
    assertThat(calendar.isWorkingDay(d.plusDays(7))).as("the next Saturday is off").isFalse();
  }

  @Test
  void ordinaryWeekdaysWorkAndWeekendsRest() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 6, 30))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 6, 27))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 6, 28))).isFalse();
  }

  @Test
  void plusWorkingDaysCountsFromTheNextDayAndSkipsTet() {
    // Friday 13 February 2026, the last day before Tết: the next working day is Monday 23 February.
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 5)).isEqualTo(LocalDate.of(2026, 2, 27));
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 6, 30), 0)).isEqualTo(LocalDate.of(2026, 6, 30));
  }

  @Test
  void plusWorkingDaysUsesMakeUpSaturdays() {
    // Friday 9 January 2026 + 1 working day is Saturday 10 January (worked in exchange for 2 January).
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 1, 9), 1)).isEqualTo(LocalDate.of(2026, 1, 10));
  }

  @Test
  void workingDaysBetweenCountsTheHalfOpenInterval() {
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 23))).isEqualTo(1);
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 6, 29), LocalDate.of(2026, 6, 29))).isZero();
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 26))).isEqualTo(-2);
  }

  @Test
  void aYearWithoutDataIsAnExplicitError() {
    assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2027, 3, 2)))
        .isInstanceOf(CalendarNotCoveredException.class)
        .hasMessageContaining("no data for 2027")
        .hasMessageContaining("2024, 2025, 2026");
    assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2026, 12, 29), 5))
        .isInstanceOf(CalendarNotCoveredException.class)
        .extracting(e -> ((CalendarNotCoveredException) e).year()).isEqualTo(2027);
    assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2023, 12, 29)))
        .isInstanceOf(CalendarNotCoveredException.class);
  }

  @Test
  void aHostExtendsTheCalendarWithANextYear() {
    WorkingDayCalendar y2027 = WorkingDayCalendar.parse(new StringReader("""
        # announced in late 2026
        2027-01-01,holiday,Tết Dương lịch
        2027-02-05..2027-02-13,holiday,Tết Nguyên đán Đinh Mùi
        """), "2027.csv");

    WorkingDayCalendar extended = calendar.extendedWith(y2027);

    assertThat(extended.coveredYears()).containsExactly(2024, 2025, 2026, 2027);
    assertThat(extended.isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();
    assertThat(extended.entry(LocalDate.of(2027, 2, 8)).orElseThrow().name()).isEqualTo("Tết Nguyên đán Đinh Mùi");
    assertThat(extended.plusWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
  }

  @Test
  void aHostReplacesAYearItCovers() {
    WorkingDayCalendar own = WorkingDayCalendar.parse(new StringReader(
        "2026-01-01,holiday,Tết Dương lịch\n2026-06-01,holiday,Ngày nghỉ riêng của tỉnh\n"), "own.csv");

    WorkingDayCalendar replaced = calendar.extendedWith(own);

    assertThat(replaced.isWorkingDay(LocalDate.of(2026, 2, 16))).as("Tết of the shipped data is gone").isTrue();
    assertThat(replaced.isWorkingDay(LocalDate.of(2026, 6, 1))).isFalse();
    assertThat(replaced.isWorkingDay(LocalDate.of(2025, 1, 28))).as("other years stay").isFalse();
  }

  @Test
  void badCalendarLinesAreNamed() {
    assertThatThrownBy(() -> WorkingDayCalendar.parse(new StringReader("2026-02-30,holiday,x"), "bad.csv"))
        .isInstanceOf(InvalidCalendarDataException.class)
        .hasMessageContaining("bad.csv line 1")
        .hasMessageContaining("2026-02-30");
    assertThatThrownBy(() -> WorkingDayCalendar.parse(new StringReader("\n2026-03-03,day off,x"), "bad.csv"))
        .hasMessageContaining("line 2").hasMessageContaining("kind 'day off'");
    assertThatThrownBy(() -> WorkingDayCalendar.parse(new StringReader("2026-03-03,working_day,x"), "bad.csv"))
        .hasMessageContaining("only a weekend day can be a make-up working day");
    assertThatThrownBy(() -> WorkingDayCalendar.parse(new StringReader("2026-03-03"), "bad.csv"))
        .hasMessageContaining("expected 'date,kind,name'");
  }
}
