package dev.theodoi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.theodoi.domain.status.TaskStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmallerExamplesTest {
  @Test
  void theStatusRulesTableShowsEveryStatus() {
    List<TaskStatus> statuses = StatusRulesTable.cases().stream().map(c -> c.classify().status()).toList();

    assertThat(statuses).containsExactly(TaskStatus.COMPLETED_ON_TIME, TaskStatus.COMPLETED_ON_TIME,
        TaskStatus.COMPLETED_LATE, TaskStatus.OVERDUE, TaskStatus.IN_PROGRESS, TaskStatus.IN_PROGRESS,
        TaskStatus.OVERDUE, TaskStatus.IN_PROGRESS, TaskStatus.OVERDUE, TaskStatus.IN_PROGRESS);
    assertThat(StatusRulesTable.render()).contains("Quá hạn chưa hoàn thành").contains("yes");
  }

  @Test
  void aHostSuppliedCalendarCountsAcrossTheNewYear() {
    var calendar = HostHolidayCalendar.calendar();

    assertThat(calendar.coveredYears()).contains(2027);
    // 28/12/2026 + 10 working days: 29, 30, 31/12, (1/1 closed), 4–8/1, 11, 12/1.
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 28), 10)).isEqualTo(LocalDate.of(2027, 1, 12));
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();
  }
}
