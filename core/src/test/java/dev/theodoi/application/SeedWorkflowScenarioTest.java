package dev.theodoi.application;

import static dev.theodoi.testing.Fixtures.DONG_HA;
import static dev.theodoi.testing.Fixtures.EDUCATION;
import static dev.theodoi.testing.Fixtures.HEALTH;
import static dev.theodoi.testing.Fixtures.d2026;
import static dev.theodoi.testing.Province.CLERK;
import static dev.theodoi.testing.Province.DONG_HA_OFFICIAL;
import static dev.theodoi.testing.Province.EDUCATION_LEADER;
import static dev.theodoi.testing.Province.EDUCATION_OFFICIAL;
import static dev.theodoi.testing.Province.HEALTH_OFFICIAL;
import static dev.theodoi.testing.Province.OFFICE_LEADER;
import static dev.theodoi.testing.Province.SPECIALIST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.theodoi.domain.document.Document;
import dev.theodoi.domain.document.DocumentId;
import dev.theodoi.domain.document.DocumentNumber;
import dev.theodoi.domain.status.StatusCounts;
import dev.theodoi.domain.status.TaskStatus;
import dev.theodoi.domain.task.Task;
import dev.theodoi.domain.task.Verdict;
import dev.theodoi.port.PageRequest;
import dev.theodoi.port.TaskFilter;
import dev.theodoi.port.TaskRow;
import dev.theodoi.testing.Fixtures;
import dev.theodoi.testing.Province;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The seed manual's workflow end to end, with the dashboards worked out by hand.
 *
 * <p>Kế hoạch 12/KH-UBND is issued on Monday 2 March 2026 and forwarded to the specialist, who on 3 March
 * creates two tasks:
 * <ul>
 * <li>A, due 31 March: Sở Y tế leads, Sở GD&amp;ĐT coordinates. Y tế completes on 25 March (on time); GD&amp;ĐT on
 *     3 April (late).</li>
 * <li>B, due 15 April: UBND xã Đông Hà leads, Sở Y tế coordinates. Đông Hà asks on 10 April for 30 April; the
 *     office leader approves on 13 April; Đông Hà never completes. Y tế never reports on B.</li>
 * </ul>
 * Due soon: within 3 calendar days.
 */
public class SeedWorkflowScenarioTest {
  private final Province province = new Province(newStore(), false);
  private final Theodoi theodoi = province.theodoi;

  /** The store the scenario runs on; adapters override this to run it on theirs. */
  protected dev.theodoi.port.TrackingStore newStore() {
    return dev.theodoi.inmemory.InMemoryStore.create();
  }

  /** Releases the store after each test; adapters override this to drop their database. */
  protected void releaseStore(dev.theodoi.port.TrackingStore store) {}

  @org.junit.jupiter.api.AfterEach
  void release() {
    releaseStore(province.store);
  }
  private Task a;
  private Task b;

  private void playTheWorkflow() {
    province.clock.on(d2026(3, 2));
    Document plan = new Document(DocumentId.of("qlvb-2026-0312"), DocumentNumber.parse("12/KH-UBND"), "Kế hoạch",
        d2026(3, 2), "Kế hoạch phòng, chống dịch bệnh truyền nhiễm năm 2026", "Võ Văn Hưng", "UBND tỉnh Quảng Trị",
        Optional.empty(), Optional.empty());
    theodoi.documents().register(CLERK, plan);
    theodoi.documents().forward(CLERK, new ForwardDocumentCommand(plan.id(), Set.of(SPECIALIST.official())));

    province.clock.on(d2026(3, 3));
    assertThat(theodoi.documents().forwardedToMe(SPECIALIST)).containsExactly(plan);
    List<Task> created = theodoi.tasks().create(SPECIALIST, List.of(
        new CreateTaskCommand(null, plan.id(), "Tổ chức tiêm vắc xin sởi cho trẻ em", "Sở Y tế chủ trì",
            Fixtures.OFFICE_LEADER.id(), SPECIALIST.official(), DeadlineSpec.on(d2026(3, 31)),
            UnitAssignees.of(HEALTH.id(), HEALTH_OFFICIAL.official()),
            List.of(UnitAssignees.of(EDUCATION.id(), EDUCATION_OFFICIAL.official()))),
        new CreateTaskCommand(null, plan.id(), "Vệ sinh môi trường, diệt lăng quăng", "UBND xã Đông Hà chủ trì",
            Fixtures.OFFICE_LEADER.id(), SPECIALIST.official(), DeadlineSpec.on(d2026(4, 15)),
            UnitAssignees.of(DONG_HA.id(), DONG_HA_OFFICIAL.official()),
            List.of(UnitAssignees.of(HEALTH.id(), HEALTH_OFFICIAL.official())))));
    a = created.get(0);
    b = created.get(1);

    province.clock.on(d2026(3, 25));
    a = theodoi.reporting().reportCompletion(HEALTH_OFFICIAL,
        new ReportCompletionCommand(a.id(), a.version(), HEALTH.id(), null, "30/BC-SYT"));

    province.clock.on(d2026(4, 3));
    a = theodoi.reporting().reportCompletion(EDUCATION_OFFICIAL,
        new ReportCompletionCommand(a.id(), a.version(), EDUCATION.id(), null, null));

    province.clock.on(d2026(4, 10));
    b = theodoi.reporting().reportProgress(DONG_HA_OFFICIAL,
        new ReportProgressCommand(b.id(), b.version(), DONG_HA.id(), "Đã phát động 3 đợt ra quân", null));
    b = theodoi.reporting().requestExtension(DONG_HA_OFFICIAL,
        new RequestExtensionCommand(b.id(), b.version(), d2026(4, 30), "Mưa lớn kéo dài, chưa thể ra quân đợt 4"));

    province.clock.on(d2026(4, 13));
    b = theodoi.directing().decideExtension(OFFICE_LEADER,
        new DecideExtensionCommand(b.id(), b.version(), Verdict.APPROVED, "Đồng ý gia hạn đến 30/4"));
    province.clock.on(d2026(5, 5));
  }

  private StatusCounts counts(Actor actor, LocalDate asOf) {
    return theodoi.dashboards().counts(actor, asOf, TaskFilter.NONE);
  }

  /** (on time, late, in progress, overdue, due soon, no deadline). */
  private static StatusCounts c(int onTime, int late, int inProgress, int overdue, int dueSoon) {
    return StatusCounts.of(onTime, late, inProgress, overdue, dueSoon, 0);
  }

  @Test
  public void theOfficeLeadersDashboardCountsTasksByTheirLeadUnits() {
    playTheWorkflow();

    assertThat(counts(OFFICE_LEADER, d2026(3, 10))).isEqualTo(c(0, 0, 2, 0, 0));
    assertThat(counts(OFFICE_LEADER, d2026(3, 28))).isEqualTo(c(1, 0, 1, 0, 0));
    assertThat(counts(OFFICE_LEADER, d2026(4, 12))).as("B due 15/4; the approval comes on 13/4")
        .isEqualTo(c(1, 0, 1, 0, 1));
    assertThat(counts(OFFICE_LEADER, d2026(4, 14))).as("B now due 30/4").isEqualTo(c(1, 0, 1, 0, 0));
    assertThat(counts(OFFICE_LEADER, d2026(5, 5))).isEqualTo(c(1, 0, 0, 1, 0));
  }

  @Test
  public void aUnitLeadersDashboardCountsTheUnitsAssignments() {
    playTheWorkflow();

    assertThat(counts(EDUCATION_LEADER, d2026(3, 10))).isEqualTo(c(0, 0, 1, 0, 0));
    assertThat(counts(EDUCATION_LEADER, d2026(3, 28))).as("A due in 3 days").isEqualTo(c(0, 0, 1, 0, 1));
    assertThat(counts(EDUCATION_LEADER, d2026(4, 1))).isEqualTo(c(0, 0, 0, 1, 0));
    assertThat(counts(EDUCATION_LEADER, d2026(4, 12))).as("completed 3/4, after 31/3").isEqualTo(c(0, 1, 0, 0, 0));
    assertThat(counts(EDUCATION_LEADER, d2026(5, 5))).isEqualTo(c(0, 1, 0, 0, 0));
  }

  @Test
  public void anOfficialsDashboardCountsTheAssignmentsTheyAreResponsibleFor() {
    playTheWorkflow();

    assertThat(counts(HEALTH_OFFICIAL, d2026(3, 10))).isEqualTo(c(0, 0, 2, 0, 0));
    assertThat(counts(HEALTH_OFFICIAL, d2026(3, 28))).isEqualTo(c(1, 0, 1, 0, 0));
    assertThat(counts(HEALTH_OFFICIAL, d2026(4, 12))).isEqualTo(c(1, 0, 1, 0, 1));
    assertThat(counts(HEALTH_OFFICIAL, d2026(5, 5))).as("B's Y tế share never reported").isEqualTo(c(1, 0, 0, 1, 0));
  }

  @Test
  public void theListBehindTheOverdueCountNamesTheTaskAndItsExtendedDeadline() {
    playTheWorkflow();

    List<TaskRow> overdue = theodoi.dashboards().list(OFFICE_LEADER, d2026(5, 5),
        TaskFilter.NONE.withStatus(TaskStatus.OVERDUE), PageRequest.first(20)).items();

    assertThat(overdue).singleElement().satisfies(r -> {
      assertThat(r.task()).isEqualTo(b.id());
      assertThat(r.unit()).isEqualTo(DONG_HA.id());
      assertThat(r.deadline()).contains(d2026(4, 30));
      assertThat(r.documentNumber()).isEqualTo("12/KH-UBND");
    });
    assertThat(b.deadline()).contains(d2026(4, 15));
    assertThat(a.version()).isEqualTo(3);
  }
}
