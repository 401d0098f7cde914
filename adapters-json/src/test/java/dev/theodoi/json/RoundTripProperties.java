package dev.theodoi.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.theodoi.application.ChangeAssigneesCommand;
import dev.theodoi.application.CreateTaskCommand;
import dev.theodoi.application.DeadlineSpec;
import dev.theodoi.application.DecideExtensionCommand;
import dev.theodoi.application.EditTaskCommand;
import dev.theodoi.application.ForwardDocumentCommand;
import dev.theodoi.application.ReassignUnitsCommand;
import dev.theodoi.application.ReportCompletionCommand;
import dev.theodoi.application.ReportProgressCommand;
import dev.theodoi.application.RequestExtensionCommand;
import dev.theodoi.application.ReviewCompletionCommand;
import dev.theodoi.application.UnitAssignees;
import dev.theodoi.application.WithdrawTaskCommand;
import dev.theodoi.domain.document.Document;
import dev.theodoi.domain.document.DocumentNumber;
import dev.theodoi.domain.status.Classification;
import dev.theodoi.domain.status.DueSoonWindow;
import dev.theodoi.domain.status.StatusCounts;
import dev.theodoi.domain.status.StatusFacts;
import dev.theodoi.domain.status.StatusRules;
import dev.theodoi.domain.task.ReviewOutcome;
import dev.theodoi.domain.task.Task;
import dev.theodoi.domain.task.Verdict;
import dev.theodoi.inmemory.InMemoryStore;
import dev.theodoi.port.AsOf;
import dev.theodoi.port.ChangeKind;
import dev.theodoi.port.Grouping;
import dev.theodoi.port.HistoryEntry;
import dev.theodoi.port.Page;
import dev.theodoi.port.PageRequest;
import dev.theodoi.port.Period;
import dev.theodoi.port.Reminder;
import dev.theodoi.port.ReminderStep;
import dev.theodoi.port.Scope;
import dev.theodoi.port.StatisticsRow;
import dev.theodoi.port.TaskFilter;
import dev.theodoi.port.TaskRow;
import dev.theodoi.testing.DomainArbitraries;
import dev.theodoi.testing.Fixtures;
import dev.theodoi.testing.SampleData;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Serialize then deserialize gives an equal value, for every kind of value, command and view. */
class RoundTripProperties {
  private final ObjectMapper mapper = ExchangeFormat.strictMapper(Fixtures.VIETNAM);

  private <T> void roundTrips(T value, Class<T> type) throws Exception {
    assertThat(mapper.readValue(mapper.writeValueAsString(value), type)).isEqualTo(value);
  }

  @Provide
  Arbitrary<SampleData> samples() {
    return Arbitraries.longs().map(seed -> SampleData.generate(seed, 12));
  }

  @Property(tries = 60)
  void documentsTasksAndTheirStatusesRoundTrip(@ForAll("samples") SampleData data, @ForAll("dates") LocalDate asOf)
      throws Exception {
    for (Document d : data.documents) {
      roundTrips(d, Document.class);
    }
    for (Task t : data.tasks) {
      roundTrips(t, Task.class);
      roundTrips(t.withVersion(7), Task.class);
      roundTrips(StatusRules.classify(t.statusFacts(), asOf, Fixtures.VIETNAM, DueSoonWindow.calendarDays(3)),
          Classification.class);
    }
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return DomainArbitraries.dates();
  }

  @Provide
  Arbitrary<String> numbers() {
    return DomainArbitraries.documentNumberTexts();
  }

  @Property
  void documentNumbersRoundTrip(@ForAll("numbers") String text) throws Exception {
    roundTrips(DocumentNumber.parse(text), DocumentNumber.class);
  }

  @Property(tries = 30)
  void viewsRoundTrip(@ForAll("samples") SampleData data, @ForAll("dates") LocalDate asOf) throws Exception {
    InMemoryStore store = InMemoryStore.create();
    store.transactions().inTransaction(() -> {
      data.documents.forEach(store.documents()::add);
      data.tasks.forEach(store.tasks()::add);
      return null;
    });
    AsOf when = AsOf.of(asOf, Fixtures.VIETNAM, DueSoonWindow.calendarDays(3));
    Page<TaskRow> page = store.queries().list(Scope.allAssignments(), TaskFilter.NONE, when, PageRequest.first(50));
    assertThat(mapper.<Page<TaskRow>>readValue(mapper.writeValueAsString(page), new TypeReference<Page<TaskRow>>() {}))
        .isEqualTo(page);
    roundTrips(store.queries().counts(Scope.allTasks(), TaskFilter.NONE, when), StatusCounts.class);
    for (StatisticsRow row : store.queries().statistics(Grouping.UNIT, new Period(asOf.minusMonths(3), asOf), when)) {
      roundTrips(row, StatisticsRow.class);
    }
    for (Scope s : List.of(Scope.allTasks(), Scope.allAssignments(), Scope.unit(Fixtures.HEALTH.id()),
        Scope.official(Fixtures.HEALTH_OFFICIAL.id()))) {
      roundTrips(s, Scope.class);
    }
    roundTrips(TaskFilter.NONE.withStatus(dev.theodoi.domain.status.TaskStatus.OVERDUE).withUnit(Fixtures.HEALTH.id())
        .withDeadlineBetween(asOf, asOf.plusDays(3)), TaskFilter.class);
    roundTrips(when, AsOf.class);
  }

  @Property(tries = 50)
  void historyEntriesRemindersAndDirectoryRoundTrip(@ForAll("samples") SampleData data) throws Exception {
    for (Task t : data.tasks) {
      roundTrips(new HistoryEntry(t.id(), 3, ChangeKind.EXTENSION_APPROVED, Fixtures.OFFICE_LEADER.id(), t.createdAt(),
          Optional.of(t.lead().unit()), "deadline", Optional.of("2026-03-31"), Optional.empty()), HistoryEntry.class);
      for (ReminderStep step : List.of(new ReminderStep.BeforeDeadline(3), new ReminderStep.OnDeadline(),
          new ReminderStep.Overdue(2))) {
        roundTrips(new Reminder(t.id(), t.lead().unit(), t.lead().assignees(), step, LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 5, 4), dev.theodoi.domain.status.TaskStatus.IN_PROGRESS, t.trackingContent()),
            Reminder.class);
      }
    }
    for (var o : Fixtures.OFFICIALS) {
      roundTrips(o, dev.theodoi.domain.directory.Official.class);
    }
    for (var u : Fixtures.UNITS) {
      roundTrips(u, dev.theodoi.domain.directory.Unit.class);
    }
    roundTrips(StatusFacts.withDeadline(Optional.of(LocalDate.of(2026, 1, 1))), StatusFacts.class);
  }

  @Property(tries = 50)
  void commandsRoundTrip(@ForAll("samples") SampleData data, @ForAll("dates") LocalDate date) throws Exception {
    Task t = data.tasks.get(0);
    var unit = t.lead().unit();
    roundTrips(new ForwardDocumentCommand(t.document(), Set.of(Fixtures.SPECIALIST.id())), ForwardDocumentCommand.class);
    for (DeadlineSpec spec : List.of(DeadlineSpec.on(date), DeadlineSpec.workingDaysAfterIssue(5), DeadlineSpec.none())) {
      roundTrips(new CreateTaskCommand(t.id(), t.document(), t.trackingContent(), t.directionContent(),
          t.directingLeader(), t.trackingSpecialist(), spec, new UnitAssignees(unit, t.lead().assignees()),
          List.of(UnitAssignees.of(Fixtures.DONG_HA.id()))), CreateTaskCommand.class);
      roundTrips(new EditTaskCommand(t.id(), 2, "Sửa", "Chỉ đạo", t.directingLeader(), t.trackingSpecialist(), spec),
          EditTaskCommand.class);
    }
    roundTrips(new ReassignUnitsCommand(t.id(), 3, UnitAssignees.of(unit), List.of()), ReassignUnitsCommand.class);
    roundTrips(new ChangeAssigneesCommand(t.id(), 3, unit, Set.of(Fixtures.HEALTH_LEADER.id())), ChangeAssigneesCommand.class);
    roundTrips(new WithdrawTaskCommand(t.id(), 4, "Trùng lặp"), WithdrawTaskCommand.class);
    roundTrips(new ReviewCompletionCommand(t.id(), 4, unit, ReviewOutcome.RETURNED, "Thiếu"), ReviewCompletionCommand.class);
    roundTrips(new DecideExtensionCommand(t.id(), 4, Verdict.APPROVED, null), DecideExtensionCommand.class);
    roundTrips(new ReportProgressCommand(t.id(), 4, unit, "Đang làm", "01/BC"), ReportProgressCommand.class);
    roundTrips(new ReportCompletionCommand(t.id(), 4, unit, date, null), ReportCompletionCommand.class);
    roundTrips(new RequestExtensionCommand(t.id(), 4, date, "Lý do"), RequestExtensionCommand.class);
  }
}
