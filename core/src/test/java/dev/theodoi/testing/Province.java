package dev.theodoi.testing;

import static dev.theodoi.testing.Fixtures.d2026;

import dev.theodoi.application.Actor;
import dev.theodoi.application.CreateTaskCommand;
import dev.theodoi.application.DeadlineSpec;
import dev.theodoi.application.ForwardDocumentCommand;
import dev.theodoi.application.Theodoi;
import dev.theodoi.application.UnitAssignees;
import dev.theodoi.domain.directory.Official;
import dev.theodoi.domain.directory.Unit;
import dev.theodoi.domain.document.Document;
import dev.theodoi.domain.task.Task;
import dev.theodoi.inmemory.InMemoryDirectory;
import dev.theodoi.inmemory.InMemoryStore;
import dev.theodoi.port.Reminder;
import dev.theodoi.port.TrackingStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The fixtures' province wired to the library over a store (in memory unless given), with a test clock and
 * a notifier that records reminders. Helpers speak the workflow: {@code issueAndForward}, {@code assign}.
 */
public final class Province {
  public final TestClock clock = new TestClock();
  public final TrackingStore store;
  public final List<Reminder> reminders = new ArrayList<>();
  public final Theodoi theodoi;

  public static final Actor CLERK = Actor.of(Fixtures.CLERK);
  public static final Actor SPECIALIST = Actor.of(Fixtures.SPECIALIST);
  public static final Actor OTHER_SPECIALIST = Actor.of(Fixtures.OTHER_SPECIALIST);
  public static final Actor OFFICE_LEADER = Actor.of(Fixtures.OFFICE_LEADER);
  public static final Actor HEALTH_LEADER = Actor.of(Fixtures.HEALTH_LEADER);
  public static final Actor HEALTH_OFFICIAL = Actor.of(Fixtures.HEALTH_OFFICIAL);
  public static final Actor EDUCATION_LEADER = Actor.of(Fixtures.EDUCATION_LEADER);
  public static final Actor EDUCATION_OFFICIAL = Actor.of(Fixtures.EDUCATION_OFFICIAL);
  public static final Actor DONG_HA_LEADER = Actor.of(Fixtures.DONG_HA_LEADER);
  public static final Actor DONG_HA_OFFICIAL = Actor.of(Fixtures.DONG_HA_OFFICIAL);

  public Province() {
    this(InMemoryStore.create(), false);
  }

  public Province(TrackingStore store, boolean builtInValidation) {
    this.store = store;
    Theodoi.Builder b = Theodoi.builder()
        .directory(InMemoryDirectory.of(Fixtures.UNITS, Fixtures.OFFICIALS))
        .store(store)
        .clock(clock)
        .notifier(reminders::add);
    if (builtInValidation) {
      b.withoutValidationProvider();
    }
    this.theodoi = b.build();
  }

  /** The clerk registers {@code document} and forwards it to the office specialist. */
  public Document issueAndForward(Document document) {
    theodoi.documents().register(CLERK, document);
    theodoi.documents().forward(CLERK, new ForwardDocumentCommand(document.id(), Set.of(Fixtures.SPECIALIST.id())));
    return document;
  }

  /** A directive issued on 5 January 2026, registered and forwarded. */
  public Document directive(String id, int number) {
    return issueAndForward(Fixtures.directive(id, number, d2026(1, 5)));
  }

  /** A command for a task on {@code document} with a deadline date, led by {@code lead}. */
  public static CreateTaskCommand task(Document document, LocalDate deadline, Unit lead, Official... leadAssignees) {
    return new CreateTaskCommand(null, document.id(), "Triển khai " + document.number(),
        "Giao " + lead.name() + " chủ trì thực hiện", Fixtures.OFFICE_LEADER.id(), Fixtures.SPECIALIST.id(),
        deadline == null ? DeadlineSpec.none() : DeadlineSpec.on(deadline),
        UnitAssignees.of(lead.id(), java.util.Arrays.stream(leadAssignees).map(Official::id)
            .toArray(dev.theodoi.domain.directory.OfficialId[]::new)),
        List.of());
  }

  /** The office specialist creates the task. */
  public Task assign(CreateTaskCommand command) {
    return theodoi.tasks().create(SPECIALIST, command);
  }
}
