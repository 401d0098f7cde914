package dev.theodoi.testing;

import static dev.theodoi.testing.Fixtures.morningOf;

import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.directory.Unit;
import dev.theodoi.domain.directory.UnitId;
import dev.theodoi.domain.document.DocumentId;
import dev.theodoi.domain.task.Assignment;
import dev.theodoi.domain.task.Completion;
import dev.theodoi.domain.task.CompletionReview;
import dev.theodoi.domain.task.ExtensionDecision;
import dev.theodoi.domain.task.ExtensionRequest;
import dev.theodoi.domain.task.Responsibility;
import dev.theodoi.domain.task.ReviewOutcome;
import dev.theodoi.domain.task.Task;
import dev.theodoi.domain.task.TaskId;
import dev.theodoi.domain.task.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds tasks in the domain's words: {@code aTask().ledBy(HEALTH).due(d2026(6, 30)).createdOn(...)
 * .build()}, then {@link #completedBy} / {@link #extendedTo} on the built task. Defaults: the office
 * specialist tracks it, the office leader directs it, created on 2 January 2026 at 09:00 in Vietnam.
 */
public final class TaskBuilder {
  private static int sequence;

  private TaskId id = TaskId.of("task-" + (++sequence));
  private DocumentId document = DocumentId.of("doc-1");
  private String tracking = "Báo cáo kết quả triển khai Chỉ thị";
  private String direction = "Giao Sở Y tế chủ trì, phối hợp các đơn vị liên quan triển khai";
  private OfficialId leader = Fixtures.OFFICE_LEADER.id();
  private OfficialId specialist = Fixtures.SPECIALIST.id();
  private Optional<LocalDate> deadline = Optional.empty();
  private final List<Assignment> assignments = new ArrayList<>();
  private LocalDate createdOn = LocalDate.of(2026, 1, 2);

  private TaskBuilder() {}

  public static TaskBuilder aTask() {
    return new TaskBuilder();
  }

  public TaskBuilder id(String value) {
    id = TaskId.of(value);
    return this;
  }

  public TaskBuilder onDocument(DocumentId value) {
    document = value;
    return this;
  }

  public TaskBuilder tracking(String value) {
    tracking = value;
    return this;
  }

  public TaskBuilder directedBy(OfficialId value) {
    leader = value;
    return this;
  }

  public TaskBuilder trackedBy(OfficialId value) {
    specialist = value;
    return this;
  }

  public TaskBuilder due(LocalDate value) {
    deadline = Optional.of(value);
    return this;
  }

  public TaskBuilder withoutDeadline() {
    deadline = Optional.empty();
    return this;
  }

  public TaskBuilder createdOn(LocalDate value) {
    createdOn = value;
    return this;
  }

  public TaskBuilder ledBy(Unit unit, OfficialId... assignees) {
    assignments.add(Assignment.of(unit.id(), Responsibility.LEAD, com.google.common.collect.ImmutableSet.copyOf(assignees)));
    return this;
  }

  public TaskBuilder coordinatedBy(Unit unit, OfficialId... assignees) {
    assignments.add(Assignment.of(unit.id(), Responsibility.COORDINATING, com.google.common.collect.ImmutableSet.copyOf(assignees)));
    return this;
  }

  public Task build() {
    if (assignments.isEmpty()) {
      ledBy(Fixtures.HEALTH, Fixtures.HEALTH_OFFICIAL.id());
    }
    return Task.create(id, document, tracking, direction, leader, specialist, deadline, assignments,
        specialist, morningOf(createdOn));
  }

  /** {@code task} with {@code unit}'s completion on {@code completedOn}, recorded that morning. */
  public static Task completedBy(Task task, UnitId unit, LocalDate completedOn) {
    return task.withAssignment(unit, a -> a.withCompletion(new Completion(completedOn,
        a.assignees().stream().findFirst().orElse(Fixtures.HEALTH_OFFICIAL.id()), morningOf(completedOn),
        Optional.empty(), Optional.empty())));
  }

  /** {@code task} with its lead unit's completion returned by the office on {@code returnedOn}. */
  public static Task returnedFor(Task task, UnitId unit, LocalDate returnedOn) {
    return task.withAssignment(unit, a -> a.withReview(new CompletionReview(ReviewOutcome.RETURNED,
        Fixtures.SPECIALIST.id(), morningOf(returnedOn), Optional.of("Báo cáo chưa đầy đủ số liệu"))));
  }

  /** {@code task} with an extension to {@code newDeadline} requested and approved on {@code approvedOn}. */
  public static Task extendedTo(Task task, LocalDate newDeadline, LocalDate approvedOn) {
    return task
        .withExtensionRequest(new ExtensionRequest(newDeadline, "Chờ số liệu của Bộ Y tế",
            Fixtures.HEALTH_LEADER.id(), morningOf(approvedOn.minusDays(1)), Optional.empty()))
        .withExtensionDecision(new ExtensionDecision(Verdict.APPROVED, Fixtures.OFFICE_LEADER.id(),
            morningOf(approvedOn), Optional.empty()));
  }
}
