package dev.theodoi.application;

import static dev.theodoi.testing.Fixtures.DONG_HA;
import static dev.theodoi.testing.Fixtures.EDUCATION;
import static dev.theodoi.testing.Fixtures.HEALTH;
import static dev.theodoi.testing.Fixtures.d2026;
import static dev.theodoi.testing.Province.CLERK;
import static dev.theodoi.testing.Province.HEALTH_OFFICIAL;
import static dev.theodoi.testing.Province.OTHER_SPECIALIST;
import static dev.theodoi.testing.Province.SPECIALIST;
import static dev.theodoi.testing.Province.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.directory.UnitId;
import dev.theodoi.domain.document.Document;
import dev.theodoi.domain.document.DocumentId;
import dev.theodoi.domain.task.ReviewOutcome;
import dev.theodoi.domain.task.Task;
import dev.theodoi.domain.task.TaskId;
import dev.theodoi.port.ChangeKind;
import dev.theodoi.port.ConcurrentChangeException;
import dev.theodoi.port.HistoryEntry;
import dev.theodoi.port.NotFoundException;
import dev.theodoi.testing.Fixtures;
import dev.theodoi.testing.Province;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Chuyên viên Văn phòng: create, assign, edit, withdraw, review. */
class SpecialistTest {
  private final Province province = new Province();
  private final Theodoi theodoi = province.theodoi;
  private final Document doc = province.directive("vb-1", 1);

  private CreateTaskCommand threeUnits() {
    return new CreateTaskCommand(TaskId.of("nv-1"), doc.id(), "Tổ chức tiêm chủng mở rộng",
        "Giao Sở Y tế chủ trì, phối hợp Sở GD&ĐT và UBND xã Đông Hà", Fixtures.OFFICE_LEADER.id(),
        Fixtures.SPECIALIST.id(), DeadlineSpec.on(d2026(3, 31)),
        UnitAssignees.of(HEALTH.id(), Fixtures.HEALTH_OFFICIAL.id()),
        List.of(UnitAssignees.of(EDUCATION.id(), Fixtures.EDUCATION_OFFICIAL.id()), UnitAssignees.of(DONG_HA.id())));
  }

  @Test
  void theSpecialistCreatesAndAssignsATaskToALeadAndCoordinatingUnits() {
    Task task = theodoi.tasks().create(SPECIALIST, threeUnits());

    assertThat(task.version()).isEqualTo(1);
    assertThat(task.id()).isEqualTo(TaskId.of("nv-1"));
    assertThat(task.deadline()).contains(d2026(3, 31));
    assertThat(task.lead().unit()).isEqualTo(HEALTH.id());
    assertThat(task.lead().assignees()).containsExactly(Fixtures.HEALTH_OFFICIAL.id());
    assertThat(task.coordinating()).extracting(a -> a.unit().value()).containsExactly("sgddt", "xa-dong-ha");
    assertThat(task.createdBy()).isEqualTo(Fixtures.SPECIALIST.id());
    assertThat(task.createdAt()).isEqualTo(province.clock.instant());
    assertThat(theodoi.dashboards().history(SPECIALIST, task.id())).extracting(HistoryEntry::kind)
        .containsOnly(ChangeKind.TASK_CREATED);
  }

  @Test
  void aDeadlineCanBeGivenInWorkingDaysAfterTheIssueDate() {
    Document beforeTet = province.issueAndForward(Fixtures.directive("vb-tet", 2, d2026(2, 12)));
    CreateTaskCommand c = task(beforeTet, null, HEALTH);
    CreateTaskCommand inFiveWorkingDays = new CreateTaskCommand(null, c.document(), c.trackingContent(),
        c.directionContent(), c.directingLeader(), c.trackingSpecialist(), DeadlineSpec.workingDaysAfterIssue(5),
        c.lead(), c.coordinating());

    Task task = theodoi.tasks().create(SPECIALIST, inFiveWorkingDays);

    // Thursday 12 Feb 2026: Fri 13 is the 1st working day; Tết closes 14–22; Mon 23–Thu 26 are the 2nd to 5th.
    assertThat(task.deadline()).contains(d2026(2, 26));
  }

  @Test
  void manyTasksOnOneDocumentAreCreatedAllOrNothing() {
    CreateTaskCommand good = task(doc, d2026(3, 31), HEALTH);
    CreateTaskCommand bad = task(doc, d2026(1, 1), EDUCATION);

    assertThatThrownBy(() -> theodoi.tasks().create(SPECIALIST, List.of(good, bad)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .containsExactly(Violation.of("tasks[1].deadline", "deadline.before.issue", "2026-01-01", "2026-01-05")));
    assertThat(province.store.tasks().ofDocument(doc.id())).isEmpty();

    assertThat(theodoi.tasks().create(SPECIALIST, List.of(good, task(doc, null, EDUCATION)))).hasSize(2);
    assertThat(province.store.tasks().ofDocument(doc.id())).hasSize(2);
  }

  @Test
  void everyProblemOfACommandIsListedAtOnce() {
    CreateTaskCommand c = new CreateTaskCommand(null, doc.id(), "Nội dung", "Chỉ đạo", Fixtures.HEALTH_LEADER.id(),
        OfficialId.of("ghost"), DeadlineSpec.on(d2026(1, 4)),
        UnitAssignees.of(HEALTH.id(), Fixtures.EDUCATION_OFFICIAL.id()),
        List.of(UnitAssignees.of(HEALTH.id()), UnitAssignees.of(UnitId.of("so-khong-co"))));

    assertThatThrownBy(() -> theodoi.tasks().create(SPECIALIST, c))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).containsExactly(
            Violation.of("directingLeader", "official.lacks.role", "syt-gd", "Lãnh đạo"),
            Violation.of("trackingSpecialist", "unknown.official", "ghost"),
            Violation.of("deadline", "deadline.before.issue", "2026-01-04", "2026-01-05"),
            Violation.of("lead.assignees", "official.not.in.unit", "sgd-cv", "syt"),
            Violation.of("coordinating[0].unit", "unit.assigned.twice", "syt"),
            Violation.of("coordinating[1].unit", "unknown.unit", "so-khong-co")));
  }

  @Test
  void missingFieldsAreNamed() {
    CreateTaskCommand c = new CreateTaskCommand(null, doc.id(), " ", null, null, Fixtures.SPECIALIST.id(),
        null, new UnitAssignees(null, Set.of()), null);

    assertThatThrownBy(() -> theodoi.tasks().create(SPECIALIST, c))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).containsExactly(
            Violation.of("coordinating", "required"),
            Violation.of("deadline", "required"),
            Violation.of("directingLeader", "required"),
            Violation.of("directionContent", "required"),
            Violation.of("lead.unit", "required"),
            Violation.of("trackingContent", "blank")));
  }

  @Test
  void aClerkCannotAssignAndASpecialistNeedsTheDocumentForwarded() {
    assertThatThrownBy(() -> theodoi.tasks().create(CLERK, threeUnits()))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.action()).isEqualTo(Action.CREATE_TASK));
    assertThatThrownBy(() -> theodoi.tasks().create(OTHER_SPECIALIST, threeUnits()))
        .isInstanceOfSatisfying(AccessDeniedException.class,
            e -> assertThat(e.reason()).contains("was not forwarded to them"));
    assertThatThrownBy(() -> theodoi.tasks().create(HEALTH_OFFICIAL, threeUnits()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> theodoi.tasks().create(SPECIALIST, task(
        Fixtures.directive("unknown", 9, d2026(1, 5)), d2026(3, 1), HEALTH)))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations()).containsExactly(Violation.of("document", "unknown.document", "unknown")));
    assertThat(province.store.tasks().ofDocument(doc.id())).isEmpty();
  }

  @Test
  void theTrackingSpecialistEditsAndEveryChangedFieldIsRecorded() {
    Task task = theodoi.tasks().create(SPECIALIST, threeUnits());
    province.clock.on(d2026(1, 20));

    Task edited = theodoi.tasks().edit(SPECIALIST, new EditTaskCommand(task.id(), 1, task.trackingContent(),
        "Chỉ đạo mới", task.directingLeader(), task.trackingSpecialist(), DeadlineSpec.on(d2026(4, 15))));

    assertThat(edited.version()).isEqualTo(2);
    assertThat(edited.deadline()).contains(d2026(4, 15));
    List<HistoryEntry> edits = theodoi.dashboards().history(SPECIALIST, task.id()).stream()
        .filter(h -> h.kind() == ChangeKind.TASK_EDITED).toList();
    assertThat(edits).extracting(HistoryEntry::field, HistoryEntry::oldValue, HistoryEntry::newValue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("directionContent", Optional.of(task.directionContent()),
                Optional.of("Chỉ đạo mới")),
            org.assertj.core.groups.Tuple.tuple("deadline", Optional.of("2026-03-31"), Optional.of("2026-04-15")));
    assertThat(edits).allSatisfy(h -> {
      assertThat(h.actor()).isEqualTo(Fixtures.SPECIALIST.id());
      assertThat(h.at()).isEqualTo(Fixtures.morningOf(d2026(1, 20)));
      assertThat(h.version()).isEqualTo(2);
    });
  }

  @Test
  void specialistsChangeOnlyTheTasksTheyTrack() {
    Task task = theodoi.tasks().create(SPECIALIST, threeUnits());
    EditTaskCommand edit = new EditTaskCommand(task.id(), 1, "Sửa", "Sửa", task.directingLeader(),
        task.trackingSpecialist(), DeadlineSpec.none());

    assertThatThrownBy(() -> theodoi.tasks().edit(OTHER_SPECIALIST, edit))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
          assertThat(e.action()).isEqualTo(Action.EDIT_TASK);
          assertThat(e.getMessage()).contains("cv-hoa").contains("tracked by cv-minh");
        });
    assertThatThrownBy(() -> theodoi.tasks().withdraw(OTHER_SPECIALIST, new WithdrawTaskCommand(task.id(), 1, "x")))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(province.store.tasks().find(task.id()).orElseThrow().version()).isEqualTo(1);
  }

  @Test
  void aStaleVersionIsAConflictAndAMissingTaskIsNotFound() {
    Task task = theodoi.tasks().create(SPECIALIST, threeUnits());
    theodoi.tasks().withdraw(SPECIALIST, new WithdrawTaskCommand(task.id(), 1, "Trùng nhiệm vụ"));

    assertThatThrownBy(() -> theodoi.tasks().withdraw(SPECIALIST, new WithdrawTaskCommand(task.id(), 1, "again")))
        .isInstanceOf(ConcurrentChangeException.class);
    assertThatThrownBy(() -> theodoi.tasks().withdraw(SPECIALIST, new WithdrawTaskCommand(TaskId.of("nope"), 1, "x")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aWithdrawnTaskCannotBeChanged() {
    Task task = theodoi.tasks().create(SPECIALIST, threeUnits());
    Task withdrawn = theodoi.tasks().withdraw(SPECIALIST, new WithdrawTaskCommand(task.id(), 1, "Trùng nhiệm vụ"));

    assertThat(withdrawn.withdrawal()).hasValueSatisfying(w -> assertThat(w.reason()).isEqualTo("Trùng nhiệm vụ"));
    assertThatThrownBy(() -> theodoi.reporting().reportProgress(HEALTH_OFFICIAL,
        new ReportProgressCommand(task.id(), 2, HEALTH.id(), "Đang làm", null)))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations()).containsExactly(Violation.of("task", "task.withdrawn", "nv-1")));
  }

  @Test
  void theSpecialistReassignsUnitsAndUnitsThatStayKeepTheirReports() {
    Task task = theodoi.tasks().create(SPECIALIST, threeUnits());
    Task reported = theodoi.reporting().reportProgress(HEALTH_OFFICIAL,
        new ReportProgressCommand(task.id(), 1, HEALTH.id(), "Đã xây dựng kế hoạch", null));

    Task reassigned = theodoi.tasks().reassignUnits(SPECIALIST, new ReassignUnitsCommand(task.id(), reported.version(),
        UnitAssignees.of(EDUCATION.id(), Fixtures.EDUCATION_OFFICIAL.id()),
        List.of(UnitAssignees.of(HEALTH.id(), Fixtures.HEALTH_OFFICIAL.id()))));

    assertThat(reassigned.lead().unit()).isEqualTo(EDUCATION.id());
    assertThat(reassigned.assignment(HEALTH.id()).orElseThrow().reports()).hasSize(1);
    assertThat(reassigned.assignment(DONG_HA.id())).isEmpty();
    assertThat(theodoi.dashboards().history(SPECIALIST, task.id())).filteredOn(h -> h.kind() == ChangeKind.UNITS_REASSIGNED)
        .extracting(HistoryEntry::field).containsExactly("leadUnit", "coordinatingUnits");
  }

  @Test
  void theSpecialistConfirmsOrReturnsACompletion() {
    Task task = theodoi.tasks().create(SPECIALIST, threeUnits());
    province.clock.on(d2026(3, 20));
    Task done = theodoi.reporting().reportCompletion(HEALTH_OFFICIAL,
        new ReportCompletionCommand(task.id(), 1, HEALTH.id(), null, "25/BC-SYT"));

    assertThatThrownBy(() -> theodoi.tasks().reviewCompletion(SPECIALIST,
        new ReviewCompletionCommand(task.id(), done.version(), HEALTH.id(), ReviewOutcome.RETURNED, " ")))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations()).containsExactly(Violation.of("note", "return.reason.required")));
    Task returned = theodoi.tasks().reviewCompletion(SPECIALIST,
        new ReviewCompletionCommand(task.id(), done.version(), HEALTH.id(), ReviewOutcome.RETURNED, "Thiếu số liệu"));
    assertThat(returned.lead().currentCompletion()).isEmpty();

    Task again = theodoi.reporting().reportCompletion(HEALTH_OFFICIAL,
        new ReportCompletionCommand(task.id(), returned.version(), HEALTH.id(), d2026(3, 20), null));
    Task confirmed = theodoi.tasks().reviewCompletion(SPECIALIST,
        new ReviewCompletionCommand(task.id(), again.version(), HEALTH.id(), ReviewOutcome.CONFIRMED, null));
    assertThat(confirmed.lead().currentCompletion().orElseThrow().review()).hasValueSatisfying(
        r -> assertThat(r.outcome()).isEqualTo(ReviewOutcome.CONFIRMED));
    assertThatThrownBy(() -> theodoi.tasks().reviewCompletion(SPECIALIST,
        new ReviewCompletionCommand(task.id(), confirmed.version(), EDUCATION.id(), ReviewOutcome.CONFIRMED, null)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .containsExactly(Violation.of("unit", "completion.none.awaiting", "sgddt")));
    assertThat(DocumentId.of("vb-1")).isEqualTo(doc.id());
  }
}
