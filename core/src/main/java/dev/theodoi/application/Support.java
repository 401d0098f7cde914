package dev.theodoi.application;

import dev.theodoi.application.internal.CommandValidation;
import dev.theodoi.domain.calendar.WorkingDayCalendar;
import dev.theodoi.domain.directory.Official;
import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.directory.Role;
import dev.theodoi.domain.directory.Unit;
import dev.theodoi.domain.status.DueSoonWindow;
import dev.theodoi.domain.task.Task;
import dev.theodoi.port.AsOf;
import dev.theodoi.port.ConcurrentChangeException;
import dev.theodoi.port.Directory;
import dev.theodoi.port.HistoryEntry;
import dev.theodoi.port.NotFoundException;
import dev.theodoi.port.TrackingStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** What every use case shares: the ports, the configuration, and the steps each command goes through. */
final class Support {
  final Directory directory;
  final TrackingStore store;
  final Clock clock;
  final ZoneId zone;
  private final dev.theodoi.port.CalendarSource calendars;
  private final java.util.function.Function<WorkingDayCalendar, DueSoonWindow> dueSoon;
  final CommandValidation validation;

  Support(Directory directory, TrackingStore store, Clock clock, ZoneId zone, dev.theodoi.port.CalendarSource calendars,
      java.util.function.Function<WorkingDayCalendar, DueSoonWindow> dueSoon, CommandValidation validation) {
    this.directory = directory;
    this.store = store;
    this.clock = clock;
    this.zone = zone;
    this.calendars = calendars;
    this.dueSoon = dueSoon;
    this.validation = validation;
  }

  /** The calendar in force now, from the host's source. */
  WorkingDayCalendar calendar() {
    return calendars.calendar();
  }

  /** The due-soon window, which may count working days of the current calendar. */
  DueSoonWindow dueSoon() {
    return dueSoon.apply(calendar());
  }

  /** Now, to the microsecond: the precision every store keeps, so what is written reads back equal. */
  Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), zone);
  }

  AsOf asOf(LocalDate date) {
    return AsOf.of(date, zone, dueSoon());
  }

  <T> T inTransaction(Supplier<T> work) {
    return store.transactions().inTransaction(work);
  }

  /** Throws a {@link ValidationException} listing the command's constraint violations, if any. */
  void validate(Object command) {
    List<Violation> violations = validation.validate(command);
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
  }

  boolean inOffice(Actor actor) {
    return directory.unit(actor.unit()).map(Unit::isOffice).orElse(false);
  }

  boolean isOffice(Actor actor, Role role) {
    return actor.has(role) && inOffice(actor);
  }

  /** Loads the task a command is about, at the version the caller read. */
  Task load(TaskCommand command) {
    Task task = store.tasks().find(command.task())
        .orElseThrow(() -> new NotFoundException("task", command.task().value()));
    if (task.version() != command.expectedVersion()) {
      throw new ConcurrentChangeException("task", task.id().value(), command.expectedVersion());
    }
    return task;
  }

  /** Stores a changed task and its history entries (made with {@link Changes}) in the current transaction. */
  Task save(Task changed, Changes changes) {
    Task stored = store.tasks().update(changed);
    store.history().append(changes.entries(stored.version()));
    return stored;
  }

  Optional<Official> official(OfficialId id) {
    return directory.official(id);
  }

  /** Collects domain-rule violations of one command; {@link #throwIfAny()} refuses the command. */
  static final class Problems {
    private final List<Violation> found = new ArrayList<>();

    void add(String field, String code, Object... args) {
      found.add(Violation.of(field, code, args));
    }

    boolean isEmpty() {
      return found.isEmpty();
    }

    void throwIfAny() {
      if (!found.isEmpty()) {
        throw new ValidationException(found);
      }
    }

    static void refuse(String field, String code, Object... args) {
      Problems p = new Problems();
      p.add(field, code, args);
      p.throwIfAny();
    }
  }

  /** The history entries of one change, stamped with the version it produces when saved. */
  static final class Changes {
    private final Task task;
    private final Actor actor;
    private final Instant at;
    private final List<Entry> entries = new ArrayList<>();

    private record Entry(dev.theodoi.port.ChangeKind kind, Optional<dev.theodoi.domain.directory.UnitId> unit,
        String field, Optional<String> oldValue, Optional<String> newValue) {}

    Changes(Task task, Actor actor, Instant at) {
      this.task = task;
      this.actor = actor;
      this.at = at;
    }

    /** Records a field's change, only if the value changed. */
    Changes field(dev.theodoi.port.ChangeKind kind, String field, Object oldValue, Object newValue) {
      Optional<String> o = text(oldValue);
      Optional<String> n = text(newValue);
      if (!o.equals(n)) {
        entries.add(new Entry(kind, Optional.empty(), field, o, n));
      }
      return this;
    }

    /** Records an event on one unit's assignment. */
    Changes unit(dev.theodoi.port.ChangeKind kind, dev.theodoi.domain.directory.UnitId unit, String field,
        Object oldValue, Object newValue) {
      entries.add(new Entry(kind, Optional.of(unit), field, text(oldValue), text(newValue)));
      return this;
    }

    /** Records an event on the task. */
    Changes event(dev.theodoi.port.ChangeKind kind, String field, Object oldValue, Object newValue) {
      entries.add(new Entry(kind, Optional.empty(), field, text(oldValue), text(newValue)));
      return this;
    }

    boolean isEmpty() {
      return entries.isEmpty();
    }

    List<HistoryEntry> entries(long version) {
      return entries.stream()
          .map(e -> new HistoryEntry(task.id(), version, e.kind(), actor.official(), at, e.unit(), e.field(),
              e.oldValue(), e.newValue()))
          .toList();
    }

    private static Optional<String> text(Object value) {
      if (value instanceof Optional<?> o) {
        return o.map(String::valueOf);
      }
      return Optional.ofNullable(value).map(String::valueOf);
    }
  }
}
