package dev.theodoi.domain.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Joiner;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * The civil-service working-day calendar: Monday to Friday, minus public holidays, plus make-up working
 * Saturdays. Holidays are data announced each year, so the calendar knows which years it covers and
 * refuses ({@link CalendarNotCoveredException}) to answer about any other year.
 *
 * <p>{@link #vietnamCivilService()} is the calendar shipped with the library (2024 to 2026). A host replaces
 * or extends it with {@link #parse(Reader, String)} and {@link #extendedWith(WorkingDayCalendar)}. The file
 * format is plain UTF-8 text, one entry a line:
 *
 * <pre>
 * # comments and blank lines are ignored
 * 2026-02-14..2026-02-22,holiday,Tết Nguyên đán
 * 2026-01-10,working_day,Làm bù cho ngày 2/1
 * </pre>
 *
 * A year is covered when at least one entry falls in it (every year has New Year's Day).
 *
 * <p>Immutable and thread-safe.
 */
public final class WorkingDayCalendar {
  private static final String BUNDLED = "vn-civil-service.csv";
  private static final int MAX_STEPS = 366 * 20;

  private final ImmutableSortedMap<LocalDate, Entry> entries;
  private final ImmutableSortedSet<Integer> coveredYears;

  /** One dated entry: its kind and the reason in words. */
  public record Entry(LocalDate date, DayKind kind, String name) {
    public Entry {
      checkNotNull(date, "date is required");
      checkNotNull(kind, "kind is required");
      checkNotNull(name, "name is required");
      if (kind == DayKind.WORKING_DAY) {
        checkArgument(isWeekend(date), "%s is a weekday already; only a weekend day can be a make-up working day", date);
      }
    }
  }

  private WorkingDayCalendar(Map<LocalDate, Entry> entries) {
    this.entries = ImmutableSortedMap.copyOf(entries);
    this.coveredYears = entries.keySet().stream()
        .map(LocalDate::getYear)
        .collect(ImmutableSortedSet.toImmutableSortedSet(Integer::compare));
  }

  /** A calendar made of the given entries; a later entry for the same date replaces an earlier one. */
  public static WorkingDayCalendar of(List<Entry> entries) {
    Map<LocalDate, Entry> byDate = new TreeMap<>();
    entries.forEach(e -> byDate.put(e.date(), e));
    return new WorkingDayCalendar(byDate);
  }

  /**
   * The Vietnamese civil-service calendar shipped with the library: the official closures and make-up
   * working Saturdays of 2024, 2025 and 2026.
   */
  public static WorkingDayCalendar vietnamCivilService() {
    return Bundled.INSTANCE;
  }

  /**
   * Reads a calendar in the text format described on this class.
   *
   * @param source the text; read to the end, not closed
   * @param sourceName named in error messages, e.g. a file name
   * @throws InvalidCalendarDataException naming the line and the problem
   */
  public static WorkingDayCalendar parse(Reader source, String sourceName) {
    checkNotNull(source, "source is required");
    Map<LocalDate, Entry> byDate = new TreeMap<>();
    BufferedReader reader = new BufferedReader(source);
    int lineNo = 0;
    try {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNo++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        for (Entry e : parseLine(trimmed, sourceName, lineNo)) {
          byDate.put(e.date(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read calendar " + sourceName, e);
    }
    return new WorkingDayCalendar(byDate);
  }

  private static List<Entry> parseLine(String line, String source, int lineNo) {
    List<String> fields = Splitter.on(',').limit(3).trimResults().splitToList(line);
    String where = source + " line " + lineNo + ": ";
    if (fields.size() != 3) {
      throw new InvalidCalendarDataException(where + "expected 'date,kind,name', got '" + line + "'");
    }
    DayKind kind;
    try {
      kind = DayKind.valueOf(fields.get(1).toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidCalendarDataException(where + "kind '" + fields.get(1) + "' is not holiday or working_day");
    }
    LocalDate from;
    LocalDate to;
    try {
      List<String> range = Splitter.on("..").splitToList(fields.get(0));
      if (range.size() > 2) {
        throw new InvalidCalendarDataException(where + "a range is written FROM..TO");
      }
      from = LocalDate.parse(range.get(0));
      to = range.size() == 2 ? LocalDate.parse(range.get(1)) : from;
    } catch (DateTimeParseException e) {
      throw new InvalidCalendarDataException(where + "'" + fields.get(0) + "' is not a date (YYYY-MM-DD) or range", e);
    }
    if (to.isBefore(from) || from.plusDays(62).isBefore(to)) {
      throw new InvalidCalendarDataException(where + "range " + fields.get(0) + " must run forward and span at most 62 days");
    }
    List<Entry> out = new java.util.ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      try {
        out.add(new Entry(d, kind, fields.get(2)));
      } catch (IllegalArgumentException e) {
        throw new InvalidCalendarDataException(where + e.getMessage(), e);
      }
    }
    return out;
  }

  /**
   * A calendar with this one's entries and {@code other}'s; for every year {@code other} covers, its
   * entries replace this calendar's entries of that year entirely.
   */
  public WorkingDayCalendar extendedWith(WorkingDayCalendar other) {
    checkNotNull(other, "other calendar is required");
    Map<LocalDate, Entry> merged = new TreeMap<>();
    entries.forEach((d, e) -> {
      if (!other.coveredYears.contains(d.getYear())) {
        merged.put(d, e);
      }
    });
    merged.putAll(other.entries);
    return new WorkingDayCalendar(merged);
  }

  /** The years this calendar has data for, ascending. */
  public SortedSet<Integer> coveredYears() {
    return coveredYears;
  }

  /** Whether {@code year} has data. */
  public boolean covers(int year) {
    return coveredYears.contains(year);
  }

  /** All entries, by date. */
  public List<Entry> entries() {
    return entries.values().asList();
  }

  /** The entry for a date, if the calendar names it as a holiday or a make-up working day. */
  public Optional<Entry> entry(LocalDate date) {
    return Optional.ofNullable(entries.get(requireCovered(date)));
  }

  /**
   * Whether civil servants work on {@code date}: a weekday that is not a holiday, or a make-up working day.
   *
   * @throws CalendarNotCoveredException if the calendar has no data for the date's year
   */
  public boolean isWorkingDay(LocalDate date) {
    Entry e = entries.get(requireCovered(date));
    if (e != null) {
      return e.kind() == DayKind.WORKING_DAY;
    }
    return !isWeekend(date);
  }

  /**
   * The date {@code n} working days after {@code date}, counting from the next day: with {@code n = 1} the
   * first working day after {@code date}. {@code n = 0} returns {@code date} itself. The result is always a
   * working day when {@code n >= 1}.
   *
   * @param n zero or more
   * @throws CalendarNotCoveredException if the count runs into a year without data
   */
  public LocalDate plusWorkingDays(LocalDate date, int n) {
    checkNotNull(date, "date is required");
    checkArgument(n >= 0, "n must not be negative, was %s", n);
    checkArgument(n <= MAX_STEPS / 2, "n must be at most %s", MAX_STEPS / 2);
    LocalDate d = date;
    int left = n;
    while (left > 0) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /**
   * The number of working days in the interval ({@code from}, {@code to}]: after {@code from}, up to and
   * including {@code to}. Negative when {@code to} is before {@code from}. It inverts
   * {@link #plusWorkingDays}: {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n}.
   *
   * @throws CalendarNotCoveredException if the interval touches a year without data
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    checkNotNull(from, "from is required");
    checkNotNull(to, "to is required");
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    checkArgument(!from.plusDays(MAX_STEPS).isBefore(to), "interval %s..%s is longer than 20 years", from, to);
    int count = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  private LocalDate requireCovered(LocalDate date) {
    checkNotNull(date, "date is required");
    if (!coveredYears.contains(date.getYear())) {
      throw new CalendarNotCoveredException(date.getYear(),
          coveredYears.isEmpty() ? "none" : Joiner.on(", ").join(coveredYears));
    }
    return date;
  }

  private static boolean isWeekend(LocalDate date) {
    DayOfWeek dow = date.getDayOfWeek();
    return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WorkingDayCalendar other && entries.equals(other.entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "WorkingDayCalendar" + coveredYears;
  }

  /** Loaded once, on first use. */
  private static final class Bundled {
    static final WorkingDayCalendar INSTANCE = load();

    private static WorkingDayCalendar load() {
      try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(BUNDLED)) {
        if (in == null) {
          throw new IllegalStateException("bundled calendar " + BUNDLED + " is missing from the jar");
        }
        return parse(new InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
