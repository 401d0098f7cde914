package dev.theodoi.testing;

import static dev.theodoi.testing.Fixtures.VIETNAM;
import static dev.theodoi.testing.Fixtures.at;

import dev.theodoi.domain.directory.Official;
import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.directory.Unit;
import dev.theodoi.domain.document.Document;
import dev.theodoi.domain.task.Assignment;
import dev.theodoi.domain.task.Completion;
import dev.theodoi.domain.task.CompletionReview;
import dev.theodoi.domain.task.ExtensionDecision;
import dev.theodoi.domain.task.ExtensionRequest;
import dev.theodoi.domain.task.ProgressReport;
import dev.theodoi.domain.task.Responsibility;
import dev.theodoi.domain.task.ReviewOutcome;
import dev.theodoi.domain.task.Task;
import dev.theodoi.domain.task.TaskId;
import dev.theodoi.domain.task.Verdict;
import dev.theodoi.domain.task.Withdrawal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A reproducible mixed set of documents and tasks over 2026 for query contracts: deadlines and none,
 * approved, refused and pending extensions, completions on time, late, returned and re-reported, withdrawals,
 * tasks created late in the year, instants near midnight. Same seed, same data.
 */
public final class SampleData {
  public final List<Document> documents = new ArrayList<>();
  public final List<Task> tasks = new ArrayList<>();

  private static final List<Unit> UNITS = List.of(Fixtures.HEALTH, Fixtures.EDUCATION, Fixtures.DONG_HA);
  private static final List<OfficialId> LEADERS = List.of(Fixtures.OFFICE_LEADER.id(), OfficialId.of("ld-hai"));
  private static final List<OfficialId> SPECIALISTS = List.of(Fixtures.SPECIALIST.id(), Fixtures.OTHER_SPECIALIST.id());

  private SampleData() {}

  /** {@code n} tasks on {@code n / 3 + 1} documents, from {@code seed}. */
  public static SampleData generate(long seed, int n) {
    SampleData data = new SampleData();
    Random r = new Random(seed);
    int docs = n / 3 + 1;
    for (int i = 0; i < docs; i++) {
      LocalDate issued = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(300));
      data.documents.add(i % 2 == 0
          ? Fixtures.directive("doc-" + i, i + 1, issued)
          : Fixtures.letter("doc-" + i, i + 1, issued));
    }
    for (int i = 0; i < n; i++) {
      Document doc = data.documents.get(r.nextInt(docs));
      data.tasks.add(task(r, i, doc));
    }
    return data;
  }

  private static Task task(Random r, int i, Document doc) {
    LocalDate created = doc.issuedOn().plusDays(r.nextInt(10));
    Optional<LocalDate> deadline = r.nextInt(8) == 0 ? Optional.empty() : Optional.of(created.plusDays(5 + r.nextInt(90)));
    List<Unit> units = new ArrayList<>(UNITS);
    java.util.Collections.shuffle(units, r);
    int count = 1 + r.nextInt(3);
    List<Assignment> assignments = new ArrayList<>();
    for (int u = 0; u < count; u++) {
      Unit unit = units.get(u);
      Set<OfficialId> assignees = new LinkedHashSet<>();
      for (Official o : Fixtures.OFFICIALS) {
        if (o.unit().equals(unit.id()) && r.nextBoolean()) {
          assignees.add(o.id());
        }
      }
      assignments.add(Assignment.of(unit.id(), u == 0 ? Responsibility.LEAD : Responsibility.COORDINATING, assignees));
    }
    Task t = Task.create(TaskId.of(String.format("task-%04d", i)), doc.id(),
        "Nhiệm vụ số " + i + ": triển khai Chỉ thị — báo cáo kết quả về UBND tỉnh",
        "Giao đơn vị chủ trì thực hiện", LEADERS.get(r.nextInt(LEADERS.size())),
        SPECIALISTS.get(r.nextInt(SPECIALISTS.size())), deadline, assignments, Fixtures.SPECIALIST.id(),
        at(created, LocalTime.of(8 + r.nextInt(10), r.nextInt(60))));

    if (deadline.isPresent() && r.nextInt(5) == 0) {
      LocalDate asked = created.plusDays(1 + r.nextInt(5));
      LocalDate newDeadline = deadline.get().plusDays(1 + r.nextInt(40));
      t = t.withExtensionRequest(new ExtensionRequest(newDeadline, "Cần thêm thời gian", Fixtures.HEALTH_LEADER.id(),
          at(asked, LocalTime.of(9, 0)), Optional.empty()));
      int decision = r.nextInt(4);
      if (decision < 3) {
        // approvals near midnight test the zone: 23:50 and 00:10 Vietnam time
        LocalTime time = decision == 0 ? LocalTime.of(23, 50) : decision == 1 ? LocalTime.of(0, 10) : LocalTime.of(14, 0);
        t = t.withExtensionDecision(new ExtensionDecision(decision == 2 ? Verdict.REFUSED : Verdict.APPROVED,
            Fixtures.OFFICE_LEADER.id(), at(asked.plusDays(1 + r.nextInt(20)), time), Optional.empty()));
        // Some ask again once decided; a second approval may come on the same day as the first.
        if (r.nextInt(2) == 0) {
          Instant decided = t.extensions().get(0).decision().orElseThrow().decidedAt();
          LocalDate again = LocalDate.ofInstant(decided, VIETNAM).plusDays(r.nextInt(15));
          t = t.withExtensionRequest(new ExtensionRequest(newDeadline.plusDays(1 + r.nextInt(30)), "Xin gia hạn lần hai",
              Fixtures.HEALTH_LEADER.id(), at(again, LocalTime.of(23, 55)).isBefore(decided)
                  ? decided : at(again, LocalTime.of(23, 55)), Optional.empty()));
          int second = r.nextInt(3);
          if (second < 2) {
            Instant requested = t.extensions().get(1).requestedAt();
            t = t.withExtensionDecision(new ExtensionDecision(second == 1 ? Verdict.REFUSED : Verdict.APPROVED,
                Fixtures.OFFICE_LEADER.id(), requested.plusSeconds(60L * r.nextInt(3000)), Optional.empty()));
          }
        }
      }
    }
    for (Assignment a : t.assignments()) {
      if (r.nextInt(3) == 0) {
        t = t.withAssignment(a.unit(), x -> x.withReport(new ProgressReport(Fixtures.HEALTH_OFFICIAL.id(),
            at(created.plusDays(2), LocalTime.of(10, 0)), "Đang triển khai", Optional.empty())));
      }
      int outcome = r.nextInt(5);
      if (outcome >= 2) {
        LocalDate done = created.plusDays(1 + r.nextInt(120));
        LocalTime time = r.nextBoolean() ? LocalTime.of(23, 30) : LocalTime.of(0, 20);
        int lag = r.nextInt(4);
        Completion c = new Completion(done, Fixtures.HEALTH_OFFICIAL.id(), at(done.plusDays(lag), time),
            Optional.empty(), Optional.empty());
        t = t.withAssignment(a.unit(), x -> x.withCompletion(c));
        if (outcome == 4) {
          t = t.withAssignment(a.unit(), x -> x.withReview(new CompletionReview(ReviewOutcome.RETURNED,
              Fixtures.SPECIALIST.id(), at(done.plusDays(lag + 1), LocalTime.of(9, 0)), Optional.of("Chưa đạt"))));
          if (r.nextBoolean()) {
            LocalDate again = done.plusDays(3 + r.nextInt(20));
            t = t.withAssignment(a.unit(), x -> x.withCompletion(new Completion(again, Fixtures.HEALTH_OFFICIAL.id(),
                at(again, LocalTime.of(16, 0)), Optional.empty(), Optional.empty())));
          }
        } else if (outcome == 3) {
          t = t.withAssignment(a.unit(), x -> x.withReview(new CompletionReview(ReviewOutcome.CONFIRMED,
              Fixtures.SPECIALIST.id(), at(done.plusDays(lag + 2), LocalTime.of(9, 0)), Optional.empty())));
        }
      }
    }
    if (r.nextInt(15) == 0) {
      t = t.withdrawn(new Withdrawal(Fixtures.SPECIALIST.id(), at(created.plusDays(r.nextInt(60)), LocalTime.of(0, 5)),
          "Thu hồi do trùng lặp"));
    }
    return t;
  }
}
