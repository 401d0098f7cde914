package dev.theodoi.examples;

import dev.theodoi.domain.calendar.WorkingDayCalendar;
import java.io.StringReader;
import java.time.LocalDate;

/**
 * A host supplies next year's holidays (announced by the government late each year) and the library counts
 * working days across the New Year. {@code java -cp examples/target/theodoi.jar dev.theodoi.examples.HostHolidayCalendar}
 */
public final class HostHolidayCalendar {
  /** What a host might keep in its own database or configuration, in the calendar's text format. */
  static final String HOLIDAYS_2027 = """
      # Lịch nghỉ năm 2027 (ví dụ của đơn vị sử dụng)
      2027-01-01,holiday,Tết Dương lịch
      2027-02-05..2027-02-13,holiday,Tết Nguyên đán Đinh Mùi
      2027-04-16,holiday,Giỗ Tổ Hùng Vương
      2027-04-30..2027-05-03,holiday,Ngày Chiến thắng và Quốc tế Lao động
      2027-09-02..2027-09-03,holiday,Quốc khánh
      """;

  public static WorkingDayCalendar calendar() {
    return WorkingDayCalendar.vietnamCivilService()
        .extendedWith(WorkingDayCalendar.parse(new StringReader(HOLIDAYS_2027), "holidays-2027"));
  }

  public static void main(String[] args) {
    WorkingDayCalendar calendar = calendar();
    LocalDate issued = LocalDate.of(2026, 12, 28);
    System.out.println("covered years: " + calendar.coveredYears());
    System.out.println("10 working days after " + issued + ": " + calendar.plusWorkingDays(issued, 10));
    System.out.println("5 working days after 2027-02-03: " + calendar.plusWorkingDays(LocalDate.of(2027, 2, 3), 5));
  }
}
