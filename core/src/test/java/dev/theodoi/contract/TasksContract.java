package dev.theodoi.contract;

import static dev.theodoi.testing.Fixtures.EDUCATION;
import static dev.theodoi.testing.Fixtures.EDUCATION_OFFICIAL;
import static dev.theodoi.testing.Fixtures.HEALTH;
import static dev.theodoi.testing.Fixtures.HEALTH_LEADER;
import static dev.theodoi.testing.Fixtures.HEALTH_OFFICIAL;
import static dev.theodoi.testing.Fixtures.d2026;
import static dev.theodoi.testing.Fixtures.morningOf;
import static dev.theodoi.testing.TaskBuilder.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.theodoi.domain.document.DocumentId;
import dev.theodoi.domain.task.CompletionReview;
import dev.theodoi.domain.task.ExtensionDecision;
import dev.theodoi.domain.task.ExtensionRequest;
import dev.theodoi.domain.task.ProgressReport;
import dev.theodoi.domain.task.ReviewOutcome;
import dev.theodoi.domain.task.Task;
import dev.theodoi.domain.task.TaskId;
import dev.theodoi.domain.task.Verdict;
import dev.theodoi.domain.task.Withdrawal;
import dev.theodoi.port.ConcurrentChangeException;
import dev.theodoi.port.DuplicateKeyException;
import dev.theodoi.port.NotFoundException;
import dev.theodoi.testing.Fixtures;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link dev.theodoi.port.Tasks}: whole aggregates, versions, optimistic locking. */
public abstract class TasksContract extends StoreContract {
  private static final DocumentId DOC = DocumentId.of("doc-1");

  @BeforeEach
  void document() {
    stored(directive(DOC.value(), 1));
  }

  private Task add(Task t) {
    return tx(() -> store.tasks().add(t));
  }

  private Task update(Task t) {
    return tx(() -> store.tasks().update(t));
  }

  /** A task with every part filled in: assignees, reports, a returned and a standing completion, extensions. */
  private Task everything(Task stored) {
    Task t = stored
        .withAssignment(HEALTH.id(), a -> a.withReport(new ProgressReport(HEALTH_OFFICIAL.id(),
            morningOf(d2026(2, 3)), "Đã họp triển khai; 'dấu nháy' \"kép\" \\ và 😀", Optional.of("12/SYT-NVY"))))
        .withAssignment(HEALTH.id(), a -> a.withCompletion(new dev.theodoi.domain.task.Completion(d2026(2, 10),
            HEALTH_OFFICIAL.id(), morningOf(d2026(2, 10)), Optional.empty(), Optional.empty())))
        .withAssignment(HEALTH.id(), a -> a.withReview(new CompletionReview(ReviewOutcome.RETURNED,
            Fixtures.SPECIALIST.id(), morningOf(d2026(2, 11)), Optional.of("Thiếu số liệu"))))
        .withAssignment(HEALTH.id(), a -> a.withCompletion(new dev.theodoi.domain.task.Completion(d2026(3, 2),
            HEALTH_LEADER.id(), morningOf(d2026(3, 3)), Optional.of("20/BC-SYT"), Optional.empty())))
        .withExtensionRequest(new ExtensionRequest(d2026(3, 31), "Chờ ý kiến Bộ Y tế", HEALTH_LEADER.id(),
            morningOf(d2026(2, 20)), Optional.empty()))
        .withExtensionDecision(new ExtensionDecision(Verdict.APPROVED, Fixtures.OFFICE_LEADER.id(),
            morningOf(d2026(2, 21)), Optional.of("Đồng ý")))
        .withExtensionRequest(new ExtensionRequest(d2026(4, 30), "Lần hai", HEALTH_LEADER.id(),
            morningOf(d2026(3, 25)), Optional.empty()));
    return t;
  }

  @Test
  void aNewTaskIsStoredAtVersionOneAndReadsBackEqual() {
    Task task = aTask().onDocument(DOC).due(d2026(2, 28)).ledBy(HEALTH, HEALTH_OFFICIAL.id())
        .coordinatedBy(EDUCATION, EDUCATION_OFFICIAL.id()).build();

    Task stored = add(task);

    assertThat(stored.version()).isEqualTo(1);
    assertThat(store.tasks().find(task.id())).contains(task.withVersion(1));
  }

  @Test
  void everyPartOfTheAggregateRoundTrips() {
    Task stored = add(aTask().onDocument(DOC).due(d2026(2, 28)).ledBy(HEALTH, HEALTH_OFFICIAL.id(), HEALTH_LEADER.id())
        .coordinatedBy(EDUCATION).build());
    Task changed = everything(stored);

    Task updated = update(changed);

    assertThat(updated.version()).isEqualTo(2);
    assertThat(store.tasks().find(stored.id())).contains(changed.withVersion(2));
  }

  @Test
  void aWithdrawnTaskKeepsItsWithdrawal() {
    Task stored = add(aTask().onDocument(DOC).build());
    Task withdrawn = stored.withdrawn(new Withdrawal(Fixtures.SPECIALIST.id(), morningOf(d2026(3, 1)), "Trùng lặp"));

    update(withdrawn);

    assertThat(store.tasks().find(stored.id()).orElseThrow().withdrawal()).isEqualTo(withdrawn.withdrawal());
  }

  @Test
  void aTaskIdIsStoredOnce() {
    Task t = aTask().id("t-1").onDocument(DOC).build();
    add(t);

    assertThatThrownBy(() -> add(aTask().id("t-1").onDocument(DOC).build()))
        .isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  void aTaskNeedsItsDocument() {
    assertThatThrownBy(() -> add(aTask().onDocument(DocumentId.of("missing")).build()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void anUpdateFromAStaleVersionFailsAndChangesNothing() {
    Task v1 = add(aTask().onDocument(DOC).build());
    Task v2 = update(v1.withAssignment(HEALTH.id(), a -> a.withAssignees(Set.of(HEALTH_LEADER.id()))));

    assertThatThrownBy(() -> update(v1.withAssignment(HEALTH.id(), a -> a.withAssignees(Set.of()))))
        .isInstanceOf(ConcurrentChangeException.class)
        .hasMessageContaining(v1.id().value());
    assertThat(store.tasks().find(v1.id())).contains(v2);
  }

  @Test
  void updatingAMissingTaskFails() {
    assertThatThrownBy(() -> update(aTask().onDocument(DOC).build().withVersion(1)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void tasksOfADocumentComeInCreationOrder() {
    Task first = add(aTask().onDocument(DOC).createdOn(d2026(1, 6)).build());
    Task second = add(aTask().onDocument(DOC).createdOn(d2026(1, 7)).build());
    stored(directive("doc-2", 2));
    add(aTask().onDocument(DocumentId.of("doc-2")).build());

    assertThat(store.tasks().ofDocument(DOC)).extracting(Task::id).containsExactly(first.id(), second.id());
    assertThat(store.tasks().find(TaskId.of("nope"))).isEmpty();
  }

  @Test
  void assigneeOrderAndLargeReportsAreKept() {
    String big = "Đ".repeat(10_000);
    Task stored = add(aTask().onDocument(DOC).ledBy(HEALTH, HEALTH_LEADER.id(), HEALTH_OFFICIAL.id()).build());
    Task changed = stored.withAssignment(HEALTH.id(), a -> a.withReport(new ProgressReport(HEALTH_OFFICIAL.id(),
        morningOf(d2026(2, 1)), big, Optional.empty())));

    update(changed);

    Task read = store.tasks().find(stored.id()).orElseThrow();
    assertThat(read.lead().reports().get(0).text()).isEqualTo(big);
    assertThat(read.lead().assignees()).containsExactly(HEALTH_LEADER.id(), HEALTH_OFFICIAL.id());
  }

  @Test
  void allTasksComeInIdOrderPageByPage() {
    for (String id : List.of("t-2", "T-1", "t-10", "t-1", "ư-1")) {
      add(aTask().id(id).onDocument(DOC).build());
    }

    assertThat(store.tasks().page(Optional.empty(), 3)).extracting(t -> t.id().value())
        .containsExactly("T-1", "t-1", "t-10");
    assertThat(store.tasks().page(Optional.of(TaskId.of("t-10")), 3)).extracting(t -> t.id().value())
        .containsExactly("t-2", "ư-1");
    assertThat(store.tasks().page(Optional.of(TaskId.of("ư-1")), 3)).isEmpty();
  }

  @Test
  void manyTasksAreAddedAndFoundAtOnce() {
    List<Task> tasks = new java.util.ArrayList<>();
    for (int i = 0; i < 25; i++) {
      tasks.add(everything(aTask().id("bulk-" + i).onDocument(DOC).due(d2026(2, 28))
          .ledBy(HEALTH, HEALTH_OFFICIAL.id()).coordinatedBy(EDUCATION, EDUCATION_OFFICIAL.id()).build()));
    }

    List<Task> stored = tx(() -> store.tasks().addAll(tasks));

    assertThat(stored).extracting(Task::version).containsOnly(1L);
    var found = store.tasks().findAll(List.of(TaskId.of("bulk-3"), TaskId.of("nope"), TaskId.of("bulk-24")));
    assertThat(found).containsOnlyKeys(TaskId.of("bulk-3"), TaskId.of("bulk-24"));
    assertThat(found.get(TaskId.of("bulk-3"))).isEqualTo(tasks.get(3).withVersion(1));
    assertThat(store.tasks().find(TaskId.of("bulk-24"))).contains(tasks.get(24).withVersion(1));
  }

  @Test
  void aBulkAddWithOneDuplicateKeepsNoneInItsTransaction() {
    add(aTask().id("taken").onDocument(DOC).build());
    List<Task> tasks = List.of(aTask().id("new-1").onDocument(DOC).build(), aTask().id("taken").onDocument(DOC).build());

    assertThatThrownBy(() -> tx(() -> store.tasks().addAll(tasks))).isInstanceOf(DuplicateKeyException.class);
    assertThat(store.tasks().find(TaskId.of("new-1"))).isEmpty();
    assertThatThrownBy(() -> tx(() -> store.tasks().addAll(List.of(aTask().id("orphan").onDocument(DocumentId.of("none"))
        .build())))).isInstanceOf(NotFoundException.class);
  }
}
