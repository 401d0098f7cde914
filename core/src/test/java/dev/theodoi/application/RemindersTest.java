package dev.theodoi.application;

import static dev.theodoi.testing.Fixtures.DONG_HA;
import static dev.theodoi.testing.Fixtures.EDUCATION;
import static dev.theodoi.testing.Fixtures.HEALTH;
import static dev.theodoi.testing.Fixtures.d2026;
import static dev.theodoi.testing.Province.HEALTH_OFFICIAL;
import static dev.theodoi.testing.Province.SPECIALIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.theodoi.domain.document.Document;
import dev.theodoi.domain.status.TaskStatus;
import dev.theodoi.domain.task.Task;
import dev.theodoi.inmemory.InMemoryDirectory;
import dev.theodoi.inmemory.InMemoryStore;
import dev.theodoi.port.Reminder;
import dev.theodoi.port.ReminderStep;
import dev.theodoi.testing.Fixtures;
import dev.theodoi.testing.Province;
import dev.theodoi.testing.TestClock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Đôn đốc: reminders go out once per step, the most urgent step first, never twice. */
class RemindersTest {
  private final Province province = new Province();
  private final Theodoi theodoi = province.theodoi;
  private final Document doc = province.directive("vb-1", 1);
  // Due Friday 6 March 2026; Sở Y tế leads with a named official, xã Đông Hà coordinates with nobody named.
  private final Task task = theodoi.tasks().create(SPECIALIST, new CreateTaskCommand(null, doc.id(),
      "Kiểm tra an toàn thực phẩm", "Sở Y tế chủ trì", Fixtures.OFFICE_LEADER.id(), Fixtures.SPECIALIST.id(),
      DeadlineSpec.on(d2026(3, 6)), UnitAssignees.of(HEALTH.id(), Fixtures.HEALTH_OFFICIAL.id()),
      List.of(UnitAssignees.of(DONG_HA.id()))));

  @Test
  void threeWorkingDaysBeforeOnTheDayAndWeeklyWhenOverdue() {
    assertThat(theodoi.reminders().run(d2026(3, 2))).as("four working days left").isEmpty();

    List<Reminder> before = theodoi.reminders().run(d2026(3, 3));
    assertThat(before).hasSize(2).allSatisfy(r -> {
      assertThat(r.step()).isEqualTo(new ReminderStep.BeforeDeadline(3));
      assertThat(r.deadline()).isEqualTo(d2026(3, 6));
      assertThat(r.status()).isEqualTo(TaskStatus.IN_PROGRESS);
    });
    assertThat(before).filteredOn(r -> r.unit().equals(HEALTH.id())).singleElement()
        .satisfies(r -> assertThat(r.recipients()).containsExactly(Fixtures.HEALTH_OFFICIAL.id()));
    assertThat(before).filteredOn(r -> r.unit().equals(DONG_HA.id())).singleElement()
        .satisfies(r -> assertThat(r.recipients()).as("nobody named: the unit's leaders")
            .containsExactly(Fixtures.DONG_HA_LEADER.id()));

    assertThat(theodoi.reminders().run(d2026(3, 4))).isEmpty();
    assertThat(theodoi.reminders().run(d2026(3, 6))).extracting(Reminder::step)
        .containsOnly(new ReminderStep.OnDeadline());
    assertThat(theodoi.reminders().run(d2026(3, 7))).extracting(Reminder::step)
        .containsOnly(new ReminderStep.Overdue(1));
    assertThat(theodoi.reminders().run(d2026(3, 10))).isEmpty();
    assertThat(theodoi.reminders().run(d2026(3, 14))).extracting(Reminder::step)
        .containsOnly(new ReminderStep.Overdue(2));
    assertThat(province.reminders).hasSize(8);
  }

  @Test
  void runningTwiceForTheSameDateSendsNothingNew() {
    assertThat(theodoi.reminders().run(d2026(3, 6))).hasSize(2);
    assertThat(theodoi.reminders().run(d2026(3, 6))).isEmpty();
    assertThat(province.reminders).hasSize(2);
  }

  @Test
  void completedAssignmentsAreNotReminded() {
    province.clock.on(d2026(3, 5));
    theodoi.reporting().reportCompletion(HEALTH_OFFICIAL, new ReportCompletionCommand(task.id(), 1, HEALTH.id(), null, null));

    assertThat(theodoi.reminders().run(d2026(3, 6))).extracting(Reminder::unit).containsExactly(DONG_HA.id());
  }

  @Test
  void anApprovedExtensionStartsTheStepsAfresh() {
    assertThat(theodoi.reminders().run(d2026(3, 6))).hasSize(2);
    province.clock.on(d2026(3, 6));
    Task requested = theodoi.reporting().requestExtension(HEALTH_OFFICIAL,
        new RequestExtensionCommand(task.id(), 1, d2026(3, 20), "Chờ kết quả kiểm nghiệm"));
    theodoi.directing().decideExtension(Province.OFFICE_LEADER,
        new DecideExtensionCommand(task.id(), requested.version(), dev.theodoi.domain.task.Verdict.APPROVED, null));

    assertThat(theodoi.reminders().run(d2026(3, 17))).extracting(Reminder::step, Reminder::deadline)
        .containsOnly(org.assertj.core.groups.Tuple.tuple(new ReminderStep.BeforeDeadline(3), d2026(3, 20)));
  }

  @Test
  void aFailingNotifierLeavesTheRunUnrecordedSoTheNextRunSendsAgain() {
    InMemoryStore store = InMemoryStore.create();
    int[] calls = {0};
    Theodoi failing = Theodoi.builder()
        .directory(InMemoryDirectory.of(Fixtures.UNITS, Fixtures.OFFICIALS))
        .store(store).clock(new TestClock())
        .notifier(r -> {
          if (++calls[0] == 2) {
            throw new IllegalStateException("mail server down");
          }
        })
        .build();
    failing.documents().register(Province.CLERK, doc);
    failing.documents().forward(Province.CLERK, new ForwardDocumentCommand(doc.id(), java.util.Set.of(SPECIALIST.official())));
    failing.tasks().create(SPECIALIST, Province.task(doc, d2026(3, 6), HEALTH));
    failing.tasks().create(SPECIALIST, Province.task(doc, d2026(3, 6), EDUCATION));

    assertThatThrownBy(() -> failing.reminders().run(d2026(3, 6))).hasMessage("mail server down");
    assertThat(failing.reminders().run(d2026(3, 6))).hasSize(2);
  }
}
