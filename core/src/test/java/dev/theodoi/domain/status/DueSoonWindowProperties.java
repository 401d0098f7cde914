package dev.theodoi.domain.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.theodoi.domain.calendar.WorkingDayCalendar;
import dev.theodoi.testing.DomainArbitraries;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** "Due soon" as a date range, which databases use, agrees with the window's own rule. */
class DueSoonWindowProperties {
  @Provide
  Arbitrary<LocalDate> dates() {
    return DomainArbitraries.dates().filter(d -> d.isBefore(LocalDate.of(2026, 10, 1)));
  }

  @Property
  void theLastDueDateBoundsExactlyTheDueSoonDeadlines(
      @ForAll("dates") LocalDate asOf, @ForAll @IntRange(min = 0, max = 60) int ahead,
      @ForAll @IntRange(min = 0, max = 10) int days, @ForAll boolean working) {
    DueSoonWindow window = working
        ? DueSoonWindow.workingDays(days, WorkingDayCalendar.vietnamCivilService())
        : DueSoonWindow.calendarDays(days);
    LocalDate deadline = asOf.plusDays(ahead);

    assertThat(window.isDueSoon(asOf, deadline)).isEqualTo(!deadline.isAfter(window.lastDueDate(asOf)));
  }
}
