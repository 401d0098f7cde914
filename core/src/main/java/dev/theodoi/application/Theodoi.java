package dev.theodoi.application;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import dev.theodoi.application.internal.CommandValidation;
import dev.theodoi.domain.calendar.WorkingDayCalendar;
import dev.theodoi.domain.status.DueSoonWindow;
import dev.theodoi.port.Directory;
import dev.theodoi.port.Notifier;
import dev.theodoi.port.TrackingStore;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.ZoneId;
import org.slf4j.LoggerFactory;

/**
 * The library's entry point: the use cases, wired to the host's directory, a tracking store and a clock.
 *
 * <pre>{@code
 * Theodoi theodoi = Theodoi.builder()
 *     .directory(hostDirectory)
 *     .store(store)                       // InMemoryStore.create(), or the JDBC store
 *     .clock(Clock.systemUTC())
 *     .build();
 * theodoi.documents().forward(clerk, new ForwardDocumentCommand(docId, Set.of(specialistId)));
 * }</pre>
 *
 * <p>Immutable and thread-safe; build one per application.
 */
public final class Theodoi {
  /** The zone of Vietnamese offices: UTC+7, no daylight saving. */
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final DocumentDesk documents;
  private final TaskDesk tasks;
  private final Reporting reporting;
  private final Directing directing;
  private final Dashboards dashboards;
  private final Reminders reminders;
  private final Support support;

  private Theodoi(Builder b) {
    CommandValidation validation = b.validator != null ? CommandValidation.using(b.validator)
        : b.builtInValidation ? CommandValidation.builtIn() : CommandValidation.withDefaults();
    java.util.function.Function<WorkingDayCalendar, DueSoonWindow> window =
        b.dueSoon != null ? b.dueSoon : cal -> DueSoonWindow.calendarDays(3);
    this.support = new Support(b.directory, b.store, b.clock, b.zone, b.calendars, window, validation);
    AccessRules access = new AccessRules(support);
    this.documents = new DocumentDesk(support, access);
    this.tasks = new TaskDesk(support, access);
    this.reporting = new Reporting(support, access, tasks);
    this.directing = new Directing(support, access, tasks);
    this.dashboards = new Dashboards(support, access);
    this.reminders = new Reminders(support, b.reminderPolicy, b.notifier);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The clerk's and the specialist's documents. */
  public DocumentDesk documents() {
    return documents;
  }

  /** The specialist's tasks: create, assign, edit, withdraw, review completions. */
  public TaskDesk tasks() {
    return tasks;
  }

  /** The units' reports, completions and extension requests. */
  public Reporting reporting() {
    return reporting;
  }

  /** The office leaders' extension decisions. */
  public Directing directing() {
    return directing;
  }

  /** Counts, lists, statistics and history. */
  public Dashboards dashboards() {
    return dashboards;
  }

  /** The reminder run. */
  public Reminders reminders() {
    return reminders;
  }

  /** The zone dates are read in. */
  public ZoneId zone() {
    return support.zone;
  }

  /** The working-day calendar in force now. */
  public WorkingDayCalendar calendar() {
    return support.calendar();
  }

  /** The due-soon window in force now. */
  public DueSoonWindow dueSoonWindow() {
    return support.dueSoon();
  }

  /** Whether commands are checked by a Jakarta Validation provider (else by the built-in checks). */
  public boolean usesValidationProvider() {
    return support.validation.usesProvider();
  }

  /** Configures a {@link Theodoi}. Not thread-safe; {@link #build()} once. */
  public static final class Builder {
    private Directory directory;
    private TrackingStore store;
    private Clock clock;
    private ZoneId zone = VIETNAM;
    private dev.theodoi.port.CalendarSource calendars =
        dev.theodoi.port.CalendarSource.fixed(WorkingDayCalendar.vietnamCivilService());
    private java.util.function.Function<WorkingDayCalendar, DueSoonWindow> dueSoon;
    private Validator validator;
    private boolean builtInValidation;
    private Notifier notifier = r -> LoggerFactory.getLogger(Theodoi.class).info("Reminder {}", r);
    private ReminderPolicy reminderPolicy = ReminderPolicy.DEFAULT;

    private Builder() {}

    /** Required: the host's units and officials. */
    public Builder directory(Directory value) {
      this.directory = checkNotNull(value, "directory");
      return this;
    }

    /** Required: where documents, tasks and history are kept. */
    public Builder store(TrackingStore value) {
      this.store = checkNotNull(value, "store");
      return this;
    }

    /** Required: the source of "now" for recording instants and "today". */
    public Builder clock(Clock value) {
      this.clock = checkNotNull(value, "clock");
      return this;
    }

    /** The office's zone; default Asia/Ho_Chi_Minh. */
    public Builder zone(ZoneId value) {
      this.zone = checkNotNull(value, "zone");
      return this;
    }

    /** The working-day calendar; default {@link WorkingDayCalendar#vietnamCivilService()}. */
    public Builder calendar(WorkingDayCalendar value) {
      this.calendars = dev.theodoi.port.CalendarSource.fixed(value);
      return this;
    }

    /** Where the working-day calendar comes from, asked afresh on every use (for hosts that reload holidays). */
    public Builder calendar(dev.theodoi.port.CalendarSource value) {
      this.calendars = checkNotNull(value, "calendar source");
      return this;
    }

    /** The due-soon window; default 3 calendar days. */
    public Builder dueSoon(DueSoonWindow value) {
      checkNotNull(value, "due-soon window");
      this.dueSoon = cal -> value;
      return this;
    }

    /** Due soon when at most {@code days} working days of the current calendar remain. */
    public Builder dueSoonWorkingDays(int days) {
      DueSoonWindow.workingDays(days, WorkingDayCalendar.vietnamCivilService());
      this.dueSoon = cal -> DueSoonWindow.workingDays(days, cal);
      return this;
    }

    /** The host's Jakarta {@link Validator}; by default the provider on the class path, if any. */
    public Builder validator(Validator value) {
      this.validator = checkNotNull(value, "validator");
      return this;
    }

    /** Checks commands with the built-in checks even if a Jakarta provider is on the class path. */
    public Builder withoutValidationProvider() {
      this.builtInValidation = true;
      return this;
    }

    /** Who delivers reminders; by default they are logged at INFO. */
    public Builder notifier(Notifier value) {
      this.notifier = checkNotNull(value, "notifier");
      return this;
    }

    /** When reminders go out; default {@link ReminderPolicy#DEFAULT}. */
    public Builder reminderPolicy(ReminderPolicy value) {
      this.reminderPolicy = checkNotNull(value, "reminder policy");
      return this;
    }

    /**
     * The configured library.
     *
     * @throws IllegalStateException if the directory, the store or the clock is missing
     */
    public Theodoi build() {
      checkState(directory != null, "a directory is required");
      checkState(store != null, "a store is required");
      checkState(clock != null, "a clock is required");
      return new Theodoi(this);
    }
  }
}
