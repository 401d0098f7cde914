package dev.theodoi.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;

/** How a specialist gives a task's deadline: a date, a number of working days after the issue date, or none. */
public sealed interface DeadlineSpec {

  /** Until the end of {@code date}. */
  static DeadlineSpec on(LocalDate date) {
    return new OnDate(date);
  }

  /** "Within N working days of the issue date", resolved with the working-day calendar. */
  static DeadlineSpec workingDaysAfterIssue(int workingDays) {
    return new WorkingDaysAfterIssue(workingDays);
  }

  /** Không thời hạn. */
  static DeadlineSpec none() {
    return new NoDeadline();
  }

  /** A deadline date. */
  record OnDate(@NotNull LocalDate date) implements DeadlineSpec {}

  /** N working days after the document's issue date (counting from the next day). */
  record WorkingDaysAfterIssue(@Positive @Max(250) int workingDays) implements DeadlineSpec {}

  /** No deadline. */
  record NoDeadline() implements DeadlineSpec {}
}
