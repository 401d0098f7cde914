package dev.theodoi.application;

import static dev.theodoi.testing.Fixtures.EDUCATION;
import static dev.theodoi.testing.Fixtures.HEALTH;
import static dev.theodoi.testing.Fixtures.d2026;
import static dev.theodoi.testing.Province.CLERK;
import static dev.theodoi.testing.Province.EDUCATION_OFFICIAL;
import static dev.theodoi.testing.Province.HEALTH_LEADER;
import static dev.theodoi.testing.Province.HEALTH_OFFICIAL;
import static dev.theodoi.testing.Province.OFFICE_LEADER;
import static dev.theodoi.testing.Province.OTHER_SPECIALIST;
import static dev.theodoi.testing.Province.SPECIALIST;
import static dev.theodoi.testing.Province.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.theodoi.domain.document.Document;
import dev.theodoi.domain.status.StatusCounts;
import dev.theodoi.domain.task.Task;
import dev.theodoi.port.Grouping;
import dev.theodoi.port.PageRequest;
import dev.theodoi.port.Period;
import dev.theodoi.port.Scope;
import dev.theodoi.port.TaskFilter;
import dev.theodoi.testing.Fixtures;
import dev.theodoi.testing.Province;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scopes and access of dashboards, lists, statistics and task views. */
class DashboardsTest {
  private final Province province = new Province();
  private final Theodoi theodoi = province.theodoi;
  private final Document doc = province.directive("vb-1", 1);
  private final Task healthTask = province.assign(task(doc, d2026(3, 31), HEALTH, Fixtures.HEALTH_OFFICIAL));
  private final Task educationTask = province.assign(task(doc, d2026(2, 27), EDUCATION, Fixtures.EDUCATION_OFFICIAL));

  @Test
  void eachRoleSeesItsOwnScope() {
    assertThat(theodoi.dashboards().defaultScope(OFFICE_LEADER)).isEqualTo(Scope.allTasks());
    assertThat(theodoi.dashboards().defaultScope(SPECIALIST)).isEqualTo(Scope.allTasks());
    assertThat(theodoi.dashboards().defaultScope(HEALTH_LEADER)).isEqualTo(Scope.unit(HEALTH.id()));
    assertThat(theodoi.dashboards().defaultScope(HEALTH_OFFICIAL)).isEqualTo(Scope.official(HEALTH_OFFICIAL.official()));
    assertThatThrownBy(() -> theodoi.dashboards().defaultScope(CLERK)).isInstanceOf(AccessDeniedException.class);

    assertThat(theodoi.dashboards().counts(OFFICE_LEADER, d2026(3, 2), TaskFilter.NONE))
        .isEqualTo(StatusCounts.of(0, 0, 1, 1, 0, 0));
    assertThat(theodoi.dashboards().counts(HEALTH_LEADER, d2026(3, 2), TaskFilter.NONE))
        .isEqualTo(StatusCounts.of(0, 0, 1, 0, 0, 0));
    assertThat(theodoi.dashboards().counts(EDUCATION_OFFICIAL, d2026(3, 2), TaskFilter.NONE))
        .isEqualTo(StatusCounts.of(0, 0, 0, 1, 0, 0));
  }

  @Test
  void aSpecialistNarrowsToTheTasksTheyTrack() {
    assertThat(theodoi.dashboards().counts(OTHER_SPECIALIST, d2026(3, 2),
        TaskFilter.NONE.withTrackingSpecialist(OTHER_SPECIALIST.official())).total()).isZero();
    assertThat(theodoi.dashboards().counts(OTHER_SPECIALIST, d2026(3, 2),
        TaskFilter.NONE.withTrackingSpecialist(SPECIALIST.official())).total()).isEqualTo(2);
  }

  @Test
  void noOneSeesWiderThanTheirScope() {
    assertThatThrownBy(() -> theodoi.dashboards().counts(HEALTH_LEADER, Scope.allTasks(), d2026(3, 2), TaskFilter.NONE))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.action()).isEqualTo(Action.VIEW_DASHBOARD));
    assertThatThrownBy(() -> theodoi.dashboards().counts(HEALTH_LEADER, Scope.unit(EDUCATION.id()), d2026(3, 2),
        TaskFilter.NONE)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> theodoi.dashboards().list(HEALTH_OFFICIAL, Scope.unit(HEALTH.id()), d2026(3, 2),
        TaskFilter.NONE, PageRequest.first(10))).isInstanceOf(AccessDeniedException.class);
    assertThat(theodoi.dashboards().counts(HEALTH_LEADER, Scope.official(HEALTH_OFFICIAL.official()), d2026(3, 2),
        TaskFilter.NONE).total()).isEqualTo(1);
    assertThatThrownBy(() -> theodoi.dashboards().statistics(HEALTH_LEADER, Grouping.UNIT,
        new Period(d2026(1, 1), d2026(3, 31)))).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aTaskAndItsHistoryAreVisibleOnlyToThoseConcerned() {
    assertThat(theodoi.dashboards().task(HEALTH_OFFICIAL, healthTask.id())).isEqualTo(healthTask);
    assertThat(theodoi.dashboards().task(HEALTH_LEADER, healthTask.id())).isEqualTo(healthTask);
    assertThatThrownBy(() -> theodoi.dashboards().task(EDUCATION_OFFICIAL, healthTask.id()))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.action()).isEqualTo(Action.VIEW_TASK));
    assertThatThrownBy(() -> theodoi.dashboards().history(CLERK, educationTask.id()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void myAssignmentsListWhatAnOfficialMustReportOn() {
    assertThat(theodoi.dashboards().myAssignments(HEALTH_OFFICIAL, d2026(3, 2), PageRequest.first(20)).items())
        .extracting(r -> r.task()).containsExactly(healthTask.id());
  }

  @Test
  void statisticsPerDirectingLeader() {
    List<dev.theodoi.port.StatisticsRow> rows = theodoi.dashboards().statistics(OFFICE_LEADER,
        Grouping.DIRECTING_LEADER, new Period(d2026(1, 1), d2026(3, 31)));

    assertThat(rows).singleElement().satisfies(r -> {
      assertThat(r.key()).isEqualTo(Fixtures.OFFICE_LEADER.id().value());
      assertThat(r.assigned()).isEqualTo(2);
      assertThat(r.counts().overdue()).as("the education task, due 27 February").isEqualTo(1);
      assertThat(r.counts().inProgress()).as("the health task is due on the last day").isEqualTo(1);
      assertThat(r.dueInPeriod()).isEqualTo(2);
    });
  }
}
