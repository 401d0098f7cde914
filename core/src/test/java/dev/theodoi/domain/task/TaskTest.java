package dev.theodoi.domain.task;

import static dev.theodoi.testing.Fixtures.DONG_HA;
import static dev.theodoi.testing.Fixtures.EDUCATION;
import static dev.theodoi.testing.Fixtures.HEALTH;
import static dev.theodoi.testing.Fixtures.VIETNAM;
import static dev.theodoi.testing.Fixtures.d2026;
import static dev.theodoi.testing.TaskBuilder.aTask;
import static dev.theodoi.testing.TaskBuilder.completedBy;
import static dev.theodoi.testing.TaskBuilder.extendedTo;
import static dev.theodoi.testing.TaskBuilder.returnedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.theodoi.domain.status.DueSoonWindow;
import dev.theodoi.domain.status.TaskStatus;
import dev.theodoi.testing.Fixtures;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskTest {
  private static final DueSoonWindow WINDOW = DueSoonWindow.calendarDays(3);

  @Test
  void aTaskNeedsExactlyOneLeadUnit() {
    assertThatThrownBy(() -> aTask().coordinatedBy(HEALTH).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a task needs exactly one lead unit, has 0");
    assertThatThrownBy(() -> aTask().ledBy(HEALTH).ledBy(EDUCATION).build())
        .hasMessage("a task needs exactly one lead unit, has 2");
  }

  @Test
  void aUnitIsAssignedOnce() {
    assertThatThrownBy(() -> aTask().ledBy(HEALTH).coordinatedBy(HEALTH).build())
        .hasMessage("unit syt is assigned twice");
  }

  @Test
  void requiredTextIsNamedWhenMissing() {
    assertThatThrownBy(() -> aTask().tracking(" ").build()).hasMessage("tracking content must not be blank");
  }

  @Test
  void eachUnitHasItsOwnStatusAndTheTaskHasItsLeadUnits() {
    Task task = aTask().due(d2026(6, 30)).ledBy(HEALTH).coordinatedBy(EDUCATION).coordinatedBy(DONG_HA).build();
    task = completedBy(task, HEALTH.id(), d2026(6, 25));
    task = completedBy(task, EDUCATION.id(), d2026(7, 2));

    assertThat(task.classify(d2026(7, 3), VIETNAM, WINDOW).status()).isEqualTo(TaskStatus.COMPLETED_ON_TIME);
    assertThat(task.classify(HEALTH.id(), d2026(7, 3), VIETNAM, WINDOW).status())
        .isEqualTo(TaskStatus.COMPLETED_ON_TIME);
    assertThat(task.classify(EDUCATION.id(), d2026(7, 3), VIETNAM, WINDOW).status())
        .isEqualTo(TaskStatus.COMPLETED_LATE);
    assertThat(task.classify(DONG_HA.id(), d2026(7, 3), VIETNAM, WINDOW).status()).isEqualTo(TaskStatus.OVERDUE);
  }

  @Test
  void anApprovedExtensionMovesTheDeadlineAndKeepsTheOriginal() {
    Task task = extendedTo(aTask().due(d2026(6, 30)).build(), d2026(7, 31), d2026(6, 29));

    assertThat(task.deadline()).contains(d2026(6, 30));
    assertThat(task.currentDeadline()).contains(d2026(7, 31));
    assertThat(task.extensions()).hasSize(1);
    assertThat(task.classify(d2026(7, 15), VIETNAM, WINDOW).status()).isEqualTo(TaskStatus.IN_PROGRESS);
  }

  @Test
  void onlyOneExtensionRequestMayBePending() {
    Task task = aTask().due(d2026(6, 30)).build().withExtensionRequest(new ExtensionRequest(d2026(7, 10),
        "Chờ ý kiến Bộ", Fixtures.HEALTH_LEADER.id(), Fixtures.morningOf(d2026(6, 20)), Optional.empty()));

    assertThatThrownBy(() -> task.withExtensionRequest(new ExtensionRequest(d2026(7, 20), "Lần hai",
        Fixtures.HEALTH_LEADER.id(), Fixtures.morningOf(d2026(6, 21)), Optional.empty())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already has a pending extension request");
    assertThat(task.pendingExtension()).isPresent();
  }

  @Test
  void aTaskWithoutDeadlineCannotBeExtended() {
    Task task = aTask().withoutDeadline().build();
    ExtensionRequest request = new ExtensionRequest(d2026(7, 10), "x", Fixtures.HEALTH_LEADER.id(),
        Fixtures.morningOf(d2026(6, 20)), Optional.empty());

    assertThatThrownBy(() -> task.withExtensionRequest(request))
        .hasMessage("a task without deadline cannot have extensions");
  }

  @Test
  void aReturnedCompletionMakesRoomForANewOne() {
    Task task = completedBy(aTask().due(d2026(6, 30)).build(), HEALTH.id(), d2026(6, 20));
    Task returned = returnedFor(task, HEALTH.id(), d2026(6, 22));
    Task again = completedBy(returned, HEALTH.id(), d2026(7, 3));

    assertThat(returned.lead().currentCompletion()).isEmpty();
    assertThat(again.lead().completions()).hasSize(2);
    assertThat(again.classify(d2026(7, 5), VIETNAM, WINDOW).status()).isEqualTo(TaskStatus.COMPLETED_LATE);
    assertThatThrownBy(() -> completedBy(again, HEALTH.id(), d2026(7, 4)))
        .hasMessageContaining("already reported completion");
  }

  @Test
  void aTaskCountsFromItsCreationUntilItsWithdrawal() {
    Task task = aTask().createdOn(d2026(3, 2)).build()
        .withdrawn(new Withdrawal(Fixtures.SPECIALIST.id(), Fixtures.morningOf(d2026(3, 10)), "Trùng nhiệm vụ"));

    assertThat(task.countsOn(d2026(3, 1), VIETNAM)).isFalse();
    assertThat(task.countsOn(d2026(3, 2), VIETNAM)).isTrue();
    assertThat(task.countsOn(d2026(3, 9), VIETNAM)).isTrue();
    assertThat(task.countsOn(d2026(3, 10), VIETNAM)).isFalse();
  }

  @Test
  void collectionsCannotBeChangedFromOutside() {
    Task task = aTask().build();
    assertThatThrownBy(() -> task.assignments().add(Assignment.of(EDUCATION.id(), Responsibility.COORDINATING,
        Set.of()))).isInstanceOf(UnsupportedOperationException.class);
    assertThat(task.coordinating()).isEqualTo(List.of());
  }
}
