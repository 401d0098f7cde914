package dev.theodoi.contract;

import static dev.theodoi.testing.Fixtures.HEALTH;
import static dev.theodoi.testing.Fixtures.SPECIALIST;
import static dev.theodoi.testing.Fixtures.d2026;
import static dev.theodoi.testing.Fixtures.morningOf;
import static dev.theodoi.testing.TaskBuilder.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.theodoi.domain.document.DocumentId;
import dev.theodoi.domain.task.Task;
import dev.theodoi.domain.task.TaskId;
import dev.theodoi.port.ChangeKind;
import dev.theodoi.port.HistoryEntry;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contract of {@link dev.theodoi.port.Transactions}: all or nothing, nested calls join. */
public abstract class TransactionsContract extends StoreContract {

  @Test
  void aFailingUnitOfWorkLeavesNothingBehind() {
    stored(directive("doc-1", 1));
    IllegalStateException boom = new IllegalStateException("boom");

    assertThatThrownBy(() -> tx(() -> {
      store.documents().add(directive("doc-2", 2));
      store.tasks().add(aTask().id("t-1").onDocument(DocumentId.of("doc-1")).build());
      store.history().append(List.of(new HistoryEntry(TaskId.of("t-1"), 1, ChangeKind.TASK_CREATED,
          SPECIALIST.id(), morningOf(d2026(1, 6)), Optional.empty(), "task", Optional.empty(), Optional.of("x"))));
      store.reminderLog().markSent(TaskId.of("t-1"), HEALTH.id(), "on-day", d2026(1, 6));
      throw boom;
    })).isSameAs(boom);

    assertThat(store.documents().find(DocumentId.of("doc-2"))).isEmpty();
    assertThat(store.tasks().find(TaskId.of("t-1"))).isEmpty();
    assertThat(store.history().of(TaskId.of("t-1"))).isEmpty();
    assertThat(store.reminderLog().wasSent(TaskId.of("t-1"), HEALTH.id(), "on-day", d2026(1, 6))).isFalse();
    assertThat(store.documents().find(DocumentId.of("doc-1"))).isPresent();
  }

  @Test
  void aNestedUnitOfWorkJoinsTheOuterOne() {
    stored(directive("doc-1", 1));

    assertThatThrownBy(() -> tx(() -> {
      Task inner = tx(() -> store.tasks().add(aTask().id("t-1").onDocument(DocumentId.of("doc-1")).build()));
      assertThat(store.tasks().find(inner.id())).isPresent();
      throw new IllegalArgumentException("outer fails");
    })).hasMessage("outer fails");

    assertThat(store.tasks().find(TaskId.of("t-1"))).isEmpty();
  }

  @Test
  void aSuccessfulUnitOfWorkIsKeptAndReturnsItsResult() {
    stored(directive("doc-1", 1));

    Task t = tx(() -> store.tasks().add(aTask().id("t-1").onDocument(DocumentId.of("doc-1")).build()));

    assertThat(t.version()).isEqualTo(1);
    assertThat(store.tasks().find(TaskId.of("t-1"))).contains(t);
  }
}
