package dev.theodoi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.theodoi.domain.directory.Official;
import dev.theodoi.domain.directory.UnitKind;
import dev.theodoi.domain.document.DocumentNumberFormat;
import dev.theodoi.domain.status.Classification;
import dev.theodoi.domain.status.DueSoonWindow;
import dev.theodoi.domain.status.StatusCounts;
import dev.theodoi.domain.status.StatusRules;
import dev.theodoi.domain.task.Assignment;
import dev.theodoi.domain.task.Task;
import dev.theodoi.domain.task.TaskId;
import dev.theodoi.examples.cli.DemoCommand;
import dev.theodoi.examples.demo.DemoProvince;
import dev.theodoi.examples.demo.Walkthrough;
import dev.theodoi.jdbc.JdbcStore;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The walkthrough plays the seed workflow and its dashboards agree with the status rules, task by task. */
class WalkthroughTest {
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private HikariDataSource ds;
  private JdbcStore store;
  private Walkthrough walk;
  private Walkthrough.Story story;

  @BeforeEach
  void play() {
    ds = new HikariDataSource();
    ds.setJdbcUrl("jdbc:h2:mem:walk-" + UUID.randomUUID());
    store = JdbcStore.create(ds);
    walk = new Walkthrough(store, VIETNAM, DemoCommand.DEFAULT_AS_OF);
    story = walk.play();
  }

  @AfterEach
  void close() {
    ds.close();
  }

  private List<Task> allTasks() {
    List<Task> all = new ArrayList<>();
    Optional<TaskId> after = Optional.empty();
    for (List<Task> page = store.tasks().page(after, 100); !page.isEmpty(); page = store.tasks().page(after, 100)) {
      all.addAll(page);
      after = Optional.of(page.get(page.size() - 1).id());
    }
    return all;
  }

  /** The counts worked out task by task with the status rules, for the assignments an official's view covers. */
  private StatusCounts oracle(java.util.function.Function<Task, List<Assignment>> subjects) {
    LocalDate asOf = DemoCommand.DEFAULT_AS_OF;
    StatusCounts c = StatusCounts.EMPTY;
    for (Task t : allTasks()) {
      if (!t.countsOn(asOf, VIETNAM)) {
        continue;
      }
      for (Assignment a : subjects.apply(t)) {
        Classification cl = StatusRules.classify(t.statusFacts(a.unit()), asOf, VIETNAM, DueSoonWindow.calendarDays(3));
        c = c.plus(cl);
      }
    }
    return c;
  }

  @Test
  void theDataSetIsAsLargeAndVariedAsPromised() {
    DemoProvince p = walk.province();

    assertThat(p.assignees).hasSizeGreaterThanOrEqualTo(8);
    assertThat(p.assignees).extracting(u -> u.kind()).contains(UnitKind.DEPARTMENT, UnitKind.COMMUNE);
    assertThat(p.documents).hasSizeGreaterThanOrEqualTo(20);
    assertThat(p.documents).extracting(d -> d.number().format()).contains(DocumentNumberFormat.values());
    assertThat(story.tasksAssigned).isGreaterThanOrEqualTo(60);
    assertThat(allTasks()).extracting(t -> t.deadline().map(LocalDate::getMonthValue).orElse(0))
        .contains(2, 3, 9).as("tasks around Tết and National Day");
    assertThat(story.documentsForwarded).isEqualTo(p.documents.size());
    assertThat(story.extensionsApproved).isPositive();
    assertThat(story.returned).isPositive();
    assertThat(story.withdrawn).isPositive();
  }

  @Test
  void theDashboardsAgreeWithTheStatusRulesTaskByTask() {
    DemoProvince p = walk.province();
    Official unitLeader = p.leaderOf(p.assignees.get(0));
    Official official = p.officialOf(p.assignees.get(0), 0);

    StatusCounts office = walk.counts(p.chairman);
    assertThat(office).isEqualTo(oracle(t -> List.of(t.lead())));
    assertThat(walk.counts(unitLeader)).isEqualTo(oracle(t -> t.assignment(unitLeader.unit()).stream().toList()));
    assertThat(walk.counts(official)).isEqualTo(oracle(t -> t.assignments().stream()
        .filter(a -> a.isAssignee(official.id())).toList()));

    assertThat(office.completedOnTime()).isPositive();
    assertThat(office.completedLate()).as("one completes late").isPositive();
    assertThat(office.overdue()).as("some never report").isPositive();
    assertThat(office.inProgress()).isPositive();
    assertThat(office.dueSoon()).isPositive();
    assertThat(walk.overdue(p.chairman)).hasSize((int) office.overdue());
  }

  @Test
  void theDemoCommandPrintsTheseCountsWithVietnameseLabels() {
    DemoProvince p = walk.province();
    StatusCounts office = walk.counts(p.chairman);

    Cli.Result r = Cli.run("demo");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Tình hình đến ngày 15/10/2026")
        .contains("Bảng theo dõi của Võ Văn Hưng (lãnh đạo Văn phòng)")
        .contains("Bảng theo dõi của Nguyễn Đức Thắng (lãnh đạo Sở Y tế)")
        .contains("Bảng theo dõi của Đặng Thị Đào (chuyên viên Sở Y tế)")
        .contains("Danh sách nhiệm vụ quá hạn chưa hoàn thành (" + office.overdue() + "):");
    String officeTable = r.out().substring(r.out().indexOf("lãnh đạo Văn phòng"));
    assertThat(officeTable).containsPattern("Tổng số\\s+\\|\\s+" + office.total() + "\n")
        .containsPattern("Đã hoàn thành đúng hạn\\s+\\|\\s+" + office.completedOnTime() + "\n")
        .containsPattern("Đã hoàn thành quá hạn\\s+\\|\\s+" + office.completedLate() + "\n")
        .containsPattern("Quá hạn chưa hoàn thành\\s+\\|\\s+" + office.overdue() + "\n");
    assertThat(r.out()).contains(walk.overdue(p.chairman).stream().map(row -> row.task().value())
        .collect(Collectors.toList()));
  }

  @Test
  void inEnglishOnRequestAndForAnotherDate() {
    Cli.Result r = Cli.run("demo", "--lang", "en", "--as-of", "2026-06-30");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Status as of 2026-06-30").contains("Completed on time").contains("Overdue");
  }
}
