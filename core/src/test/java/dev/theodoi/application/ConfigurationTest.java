package dev.theodoi.application;

import static dev.theodoi.testing.Fixtures.HEALTH;
import static dev.theodoi.testing.Province.CLERK;
import static dev.theodoi.testing.Province.SPECIALIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.theodoi.domain.calendar.WorkingDayCalendar;
import dev.theodoi.domain.document.Document;
import dev.theodoi.domain.status.DueSoonWindow;
import dev.theodoi.inmemory.InMemoryDirectory;
import dev.theodoi.inmemory.InMemoryStore;
import dev.theodoi.testing.Fixtures;
import dev.theodoi.testing.Province;
import dev.theodoi.testing.TestClock;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ConfigurationTest {

  @Test
  void theDirectoryStoreAndClockAreRequired() {
    assertThatThrownBy(() -> Theodoi.builder().store(InMemoryStore.create()).clock(new TestClock()).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("a directory is required");
    assertThatThrownBy(() -> Theodoi.builder().directory(InMemoryDirectory.of(List.of(), List.of()))
        .clock(new TestClock()).build()).hasMessage("a store is required");
    assertThatThrownBy(() -> Theodoi.builder().directory(InMemoryDirectory.of(List.of(), List.of()))
        .store(InMemoryStore.create()).build()).hasMessage("a clock is required");
  }

  @Test
  void theCalendarSourceIsAskedAfreshSoAHostCanLoadANewYear() {
    AtomicReference<WorkingDayCalendar> current = new AtomicReference<>(WorkingDayCalendar.vietnamCivilService());
    Theodoi theodoi = Theodoi.builder()
        .directory(InMemoryDirectory.of(Fixtures.UNITS, Fixtures.OFFICIALS))
        .store(InMemoryStore.create()).clock(new TestClock())
        .calendar(current::get)
        .dueSoonWorkingDays(2)
        .build();
    Document lateInYear = Fixtures.directive("vb-12", 9, LocalDate.of(2026, 12, 28));
    theodoi.documents().register(CLERK, lateInYear);
    theodoi.documents().forward(CLERK, new ForwardDocumentCommand(lateInYear.id(), Set.of(SPECIALIST.official())));
    CreateTaskCommand c = Province.task(lateInYear, null, HEALTH);
    CreateTaskCommand tenWorkingDays = new CreateTaskCommand(null, c.document(), c.trackingContent(),
        c.directionContent(), c.directingLeader(), c.trackingSpecialist(), DeadlineSpec.workingDaysAfterIssue(10),
        c.lead(), c.coordinating());

    assertThatThrownBy(() -> theodoi.tasks().create(SPECIALIST, tenWorkingDays))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).singleElement()
            .satisfies(v -> assertThat(v.code()).isEqualTo("calendar.not.covered")));

    current.set(current.get().extendedWith(WorkingDayCalendar.parse(new StringReader(
        "2027-01-01,holiday,Tết Dương lịch\n"), "2027.csv")));

    assertThat(theodoi.tasks().create(SPECIALIST, tenWorkingDays).deadline()).contains(LocalDate.of(2027, 1, 12));
    assertThat(theodoi.dueSoonWindow()).isEqualTo(DueSoonWindow.workingDays(2, current.get()));
  }

  @Test
  void recordedInstantsAreKeptToTheMicrosecond() {
    java.time.Instant withNanos = java.time.Instant.parse("2026-03-02T02:00:00.123456789Z");
    Province p = new Province();
    p.clock.at(LocalDate.of(2026, 3, 2), java.time.LocalTime.of(9, 0, 0, 123_456_789));
    Document doc = p.directive("vb-1", 1);

    dev.theodoi.domain.task.Task task = p.assign(Province.task(doc, null, HEALTH));

    assertThat(task.createdAt()).isEqualTo(withNanos.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
  }
}
