package dev.theodoi.application;

import static dev.theodoi.testing.Fixtures.EDUCATION;
import static dev.theodoi.testing.Fixtures.HEALTH;
import static dev.theodoi.testing.Fixtures.d2026;
import static dev.theodoi.testing.Province.EDUCATION_OFFICIAL;
import static dev.theodoi.testing.Province.HEALTH_LEADER;
import static dev.theodoi.testing.Province.HEALTH_OFFICIAL;
import static dev.theodoi.testing.Province.OFFICE_LEADER;
import static dev.theodoi.testing.Province.SPECIALIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.document.Document;
import dev.theodoi.domain.status.DueSoonWindow;
import dev.theodoi.domain.status.TaskStatus;
import dev.theodoi.domain.task.Task;
import dev.theodoi.domain.task.Verdict;
import dev.theodoi.port.ChangeKind;
import dev.theodoi.port.HistoryEntry;
import dev.theodoi.testing.Fixtures;
import dev.theodoi.testing.Province;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What unit officials, unit leaders and office leaders do with assignments and extensions. */
class UnitAndLeaderTest {
  private final Province province = new Province();
  private final Theodoi theodoi = province.theodoi;
  private final Document doc = province.directive("vb-1", 1);
  private final Task task = theodoi.tasks().create(SPECIALIST, new CreateTaskCommand(null, doc.id(),
      "Báo cáo tình hình dịch sốt xuất huyết", "Sở Y tế chủ trì", Fixtures.OFFICE_LEADER.id(), Fixtures.SPECIALIST.id(),
      DeadlineSpec.on(d2026(3, 31)), UnitAssignees.of(HEALTH.id(), Fixtures.HEALTH_OFFICIAL.id()),
      List.of(UnitAssignees.of(EDUCATION.id(), Fixtures.EDUCATION_OFFICIAL.id()))));

  @Nested
  class UnitOfficials {
    @Test
    void anAssigneeReportsProgressOnTheirUnitsAssignment() {
      province.clock.on(d2026(2, 2));
      Task reported = theodoi.reporting().reportProgress(HEALTH_OFFICIAL,
          new ReportProgressCommand(task.id(), 1, HEALTH.id(), "Đã tổ chức phun hoá chất tại 12 xã", "05/BC-SYT"));

      assertThat(reported.lead().reports()).singleElement().satisfies(r -> {
        assertThat(r.text()).isEqualTo("Đã tổ chức phun hoá chất tại 12 xã");
        assertThat(r.author()).isEqualTo(Fixtures.HEALTH_OFFICIAL.id());
        assertThat(r.resultDocument()).contains("05/BC-SYT");
      });
    }

    @Test
    void anOfficialReportsOnlyOnAssignmentsTheyAreResponsibleFor() {
      assertThatThrownBy(() -> theodoi.reporting().reportProgress(EDUCATION_OFFICIAL,
          new ReportProgressCommand(task.id(), 1, HEALTH.id(), "Không phải việc của tôi", null)))
          .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
            assertThat(e.action()).isEqualTo(Action.REPORT_PROGRESS);
            assertThat(e.getMessage()).contains("sgd-cv");
          });
      Actor otherHealthOfficial = new Actor(OfficialId.of("syt-khac"), HEALTH.id(), Set.of(dev.theodoi.domain.directory.Role.SPECIALIST));
      assertThatThrownBy(() -> theodoi.reporting().reportCompletion(otherHealthOfficial,
          new ReportCompletionCommand(task.id(), 1, HEALTH.id(), null, null)))
          .isInstanceOf(AccessDeniedException.class);
      assertThat(province.store.tasks().find(task.id()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void completionIsDatedTodayByDefaultAndNeverInTheFuture() {
      province.clock.at(d2026(3, 31), LocalTime.of(23, 30));

      assertThatThrownBy(() -> theodoi.reporting().reportCompletion(HEALTH_OFFICIAL,
          new ReportCompletionCommand(task.id(), 1, HEALTH.id(), d2026(4, 1), null)))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
              .containsExactly(Violation.of("completedOn", "completion.in.future", "2026-04-01", "2026-03-31")));
      Task done = theodoi.reporting().reportCompletion(HEALTH_OFFICIAL,
          new ReportCompletionCommand(task.id(), 1, HEALTH.id(), null, null));

      assertThat(done.lead().currentCompletion().orElseThrow().completedOn()).isEqualTo(d2026(3, 31));
      assertThat(done.classify(d2026(3, 31), Fixtures.VIETNAM, DueSoonWindow.calendarDays(3)).status())
          .isEqualTo(TaskStatus.COMPLETED_ON_TIME);
      assertThatThrownBy(() -> theodoi.reporting().reportCompletion(HEALTH_OFFICIAL,
          new ReportCompletionCommand(task.id(), 2, HEALTH.id(), null, null)))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
              .containsExactly(Violation.of("unit", "completion.already.reported", "syt")));
    }

    @Test
    void theLeadUnitRequestsAnExtensionBeforeTheDeadline() {
      province.clock.on(d2026(3, 25));
      Task requested = theodoi.reporting().requestExtension(HEALTH_OFFICIAL,
          new RequestExtensionCommand(task.id(), 1, d2026(4, 30), "Chờ kết quả xét nghiệm của Viện Pasteur"));

      assertThat(requested.pendingExtension()).hasValueSatisfying(e -> {
        assertThat(e.requestedDeadline()).isEqualTo(d2026(4, 30));
        assertThat(e.requestedBy()).isEqualTo(Fixtures.HEALTH_OFFICIAL.id());
      });
      assertThatThrownBy(() -> theodoi.reporting().requestExtension(HEALTH_OFFICIAL,
          new RequestExtensionCommand(task.id(), 2, d2026(5, 30), "Lần nữa")))
          .isInstanceOfSatisfying(ValidationException.class,
              e -> assertThat(e.violations()).containsExactly(Violation.of("task", "extension.pending")));
    }

    @Test
    void extensionsAreRefusedToCoordinatingUnitsAfterTheDeadlineAndForEarlierDates() {
      assertThatThrownBy(() -> theodoi.reporting().requestExtension(EDUCATION_OFFICIAL,
          new RequestExtensionCommand(task.id(), 1, d2026(4, 30), "Xin thêm thời gian")))
          .isInstanceOf(AccessDeniedException.class);

      province.clock.on(d2026(4, 1));
      assertThatThrownBy(() -> theodoi.reporting().requestExtension(HEALTH_OFFICIAL,
          new RequestExtensionCommand(task.id(), 1, d2026(3, 15), "Muộn")))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).containsExactly(
              Violation.of("task", "extension.deadline.passed", "2026-03-31"),
              Violation.of("newDeadline", "extension.not.after.deadline", "2026-03-15", "2026-03-31")));
      assertThat(province.store.tasks().find(task.id()).orElseThrow().extensions()).isEmpty();
    }
  }

  @Nested
  class UnitLeaders {
    @Test
    void aUnitLeaderReportsOnAnyOfTheUnitsAssignmentsAndNamesItsOfficials() {
      Task reported = theodoi.reporting().reportProgress(HEALTH_LEADER,
          new ReportProgressCommand(task.id(), 1, HEALTH.id(), "Lãnh đạo Sở báo cáo", null));
      Task changed = theodoi.tasks().changeAssignees(HEALTH_LEADER, new ChangeAssigneesCommand(task.id(),
          reported.version(), HEALTH.id(), Set.of(Fixtures.HEALTH_LEADER.id())));

      assertThat(changed.lead().assignees()).containsExactly(Fixtures.HEALTH_LEADER.id());
      assertThat(theodoi.dashboards().history(HEALTH_LEADER, task.id()))
          .filteredOn(h -> h.kind() == ChangeKind.ASSIGNEES_CHANGED).singleElement().satisfies(h -> {
            assertThat(h.unit()).contains(HEALTH.id());
            assertThat(h.oldValue()).contains("syt-cv");
            assertThat(h.newValue()).contains("syt-gd");
          });
    }

    @Test
    void aUnitLeaderActsOnlyWithinTheUnit() {
      assertThatThrownBy(() -> theodoi.tasks().changeAssignees(HEALTH_LEADER, new ChangeAssigneesCommand(task.id(), 1,
          EDUCATION.id(), Set.of())))
          .isInstanceOfSatisfying(AccessDeniedException.class,
              e -> assertThat(e.action()).isEqualTo(Action.CHANGE_ASSIGNEES));
      assertThatThrownBy(() -> theodoi.tasks().changeAssignees(Province.EDUCATION_LEADER, new ChangeAssigneesCommand(
          task.id(), 1, EDUCATION.id(), Set.of(Fixtures.HEALTH_OFFICIAL.id()))))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
              .containsExactly(Violation.of("assignees", "official.not.in.unit", "syt-cv", "sgddt")));
      assertThatThrownBy(() -> theodoi.reporting().reportProgress(Province.DONG_HA_LEADER,
          new ReportProgressCommand(task.id(), 1, Fixtures.DONG_HA.id(), "x", null)))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
              .containsExactly(Violation.of("unit", "unit.not.assigned", "xa-dong-ha", task.id())));
    }
  }

  @Nested
  class OfficeLeaders {
    @Test
    void anOfficeLeaderApprovesAnExtensionAndTheHistorySaysWhoMovedTheDeadlineAndWhen() {
      province.clock.on(d2026(3, 25));
      Task requested = theodoi.reporting().requestExtension(HEALTH_LEADER,
          new RequestExtensionCommand(task.id(), 1, d2026(4, 30), "Chờ số liệu"));
      province.clock.at(d2026(3, 27), LocalTime.of(15, 45));

      Task approved = theodoi.directing().decideExtension(OFFICE_LEADER,
          new DecideExtensionCommand(task.id(), requested.version(), Verdict.APPROVED, "Đồng ý"));

      assertThat(approved.currentDeadline()).contains(d2026(4, 30));
      assertThat(approved.deadline()).contains(d2026(3, 31));
      HistoryEntry moved = theodoi.dashboards().history(OFFICE_LEADER, task.id()).stream()
          .filter(h -> h.field().equals("deadline") && h.kind() == ChangeKind.EXTENSION_APPROVED)
          .findFirst().orElseThrow();
      assertThat(moved.actor()).isEqualTo(Fixtures.OFFICE_LEADER.id());
      assertThat(moved.at()).isEqualTo(Fixtures.at(d2026(3, 27), LocalTime.of(15, 45)));
      assertThat(moved.oldValue()).contains("2026-03-31");
      assertThat(moved.newValue()).contains("2026-04-30");
    }

    @Test
    void aRefusalKeepsTheDeadline() {
      province.clock.on(d2026(3, 25));
      Task requested = theodoi.reporting().requestExtension(HEALTH_LEADER,
          new RequestExtensionCommand(task.id(), 1, d2026(4, 30), "Chờ số liệu"));

      Task refused = theodoi.directing().decideExtension(OFFICE_LEADER,
          new DecideExtensionCommand(task.id(), requested.version(), Verdict.REFUSED, "Không đủ căn cứ"));

      assertThat(refused.currentDeadline()).contains(d2026(3, 31));
      assertThat(refused.extensions()).singleElement().satisfies(e -> assertThat(e.isApproved()).isFalse());
      assertThatThrownBy(() -> theodoi.directing().decideExtension(OFFICE_LEADER,
          new DecideExtensionCommand(task.id(), refused.version(), Verdict.APPROVED, null)))
          .isInstanceOfSatisfying(ValidationException.class,
              e -> assertThat(e.violations()).containsExactly(Violation.of("task", "extension.none.pending")));
    }

    @Test
    void onlyOfficeLeadersDecideExtensions() {
      province.clock.on(d2026(3, 25));
      theodoi.reporting().requestExtension(HEALTH_LEADER,
          new RequestExtensionCommand(task.id(), 1, d2026(4, 30), "Chờ số liệu"));

      for (Actor notAllowed : List.of(HEALTH_LEADER, SPECIALIST, Province.CLERK)) {
        assertThatThrownBy(() -> theodoi.directing().decideExtension(notAllowed,
            new DecideExtensionCommand(task.id(), 2, Verdict.APPROVED, null)))
            .isInstanceOfSatisfying(AccessDeniedException.class,
                e -> assertThat(e.action()).isEqualTo(Action.DECIDE_EXTENSION));
      }
      assertThat(province.store.tasks().find(task.id()).orElseThrow().pendingExtension()).isPresent();
      assertThat(Optional.of(task.version())).contains(1L);
    }
  }
}
