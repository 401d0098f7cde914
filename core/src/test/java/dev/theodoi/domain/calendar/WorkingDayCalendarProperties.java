package dev.theodoi.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.theodoi.testing.DomainArbitraries;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class WorkingDayCalendarProperties {
  private final WorkingDayCalendar calendar = WorkingDayCalendar.vietnamCivilService();

  @Provide
  Arbitrary<LocalDate> dates() {
    return DomainArbitraries.dates().filter(d -> d.isBefore(LocalDate.of(2026, 9, 1)));
  }

  @Property
  void plusWorkingDaysAlwaysLandsOnAWorkingDay(
      @ForAll("dates") LocalDate date, @ForAll @IntRange(min = 1, max = 60) int n) {
    LocalDate result = calendar.plusWorkingDays(date, n);

    assertThat(calendar.isWorkingDay(result)).isTrue();
    assertThat(result).isAfter(date);
  }

  @Property
  void workingDaysBetweenInvertsPlusWorkingDays(
      @ForAll("dates") LocalDate date, @ForAll @IntRange(min = 0, max = 60) int n) {
    assertThat(calendar.workingDaysBetween(date, calendar.plusWorkingDays(date, n))).isEqualTo(n);
  }

  @Property
  void plusWorkingDaysIsTheEarliestDateWithThatManyWorkingDays(
      @ForAll("dates") LocalDate date, @ForAll @IntRange(min = 1, max = 60) int n) {
    LocalDate result = calendar.plusWorkingDays(date, n);
    Assume.that(!result.minusDays(1).isBefore(date));

    assertThat(calendar.workingDaysBetween(date, result.minusDays(1))).isEqualTo(n - 1);
  }

  @Property
  void workingDaysBetweenIsAntisymmetric(@ForAll("dates") LocalDate a, @ForAll("dates") LocalDate b) {
    assertThat(calendar.workingDaysBetween(a, b)).isEqualTo(-calendar.workingDaysBetween(b, a));
  }
}
