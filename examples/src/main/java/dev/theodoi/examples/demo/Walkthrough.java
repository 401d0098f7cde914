package dev.theodoi.examples.demo;

import dev.theodoi.application.Actor;
import dev.theodoi.application.CreateTaskCommand;
import dev.theodoi.application.DeadlineSpec;
import dev.theodoi.application.DecideExtensionCommand;
import dev.theodoi.application.ForwardDocumentCommand;
import dev.theodoi.application.ReportCompletionCommand;
import dev.theodoi.application.ReportProgressCommand;
import dev.theodoi.application.RequestExtensionCommand;
import dev.theodoi.application.ReviewCompletionCommand;
import dev.theodoi.application.Theodoi;
import dev.theodoi.application.UnitAssignees;
import dev.theodoi.application.WithdrawTaskCommand;
import dev.theodoi.domain.directory.Official;
import dev.theodoi.domain.directory.Unit;
import dev.theodoi.domain.directory.UnitId;
import dev.theodoi.domain.document.Document;
import dev.theodoi.domain.status.StatusCounts;
import dev.theodoi.domain.status.TaskStatus;
import dev.theodoi.domain.task.ReviewOutcome;
import dev.theodoi.domain.task.Task;
import dev.theodoi.domain.task.TaskId;
import dev.theodoi.domain.task.Verdict;
import dev.theodoi.jdbc.JdbcStore;
import dev.theodoi.port.PageRequest;
import dev.theodoi.port.TaskFilter;
import dev.theodoi.port.TaskRow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The seed manual's workflow, played through the library's use cases on a real store: the clerk forwards each
 * issued document, the specialist assigns its tasks (GIAO VIỆC), units report progress and completion, some
 * late, one asks for an extension that is approved, one that is refused, some never report; the office returns a
 * completion and withdraws a task. Everything up to the as-of date happens, in time order, on a clock that moves
 * with the story. Deterministic: the same as-of date always gives the same dashboards.
 */
public final class Walkthrough {
  private final DemoProvince province = new DemoProvince();
  private final JdbcStore store;
  private final ZoneId zone;
  private final LocalDate asOf;
  private final DemoClock clock;
  private final Theodoi theodoi;
  private final List<Event> events = new ArrayList<>();
  private final Random random = new Random(2026);

  /** What happened, for the story's summary. */
  public static final class Story {
    public int documentsForwarded;
    public int tasksAssigned;
    public final Set<UnitId> unitsAssigned = new LinkedHashSet<>();
    public final Set<String> specialists = new LinkedHashSet<>();
    public int progressReports;
    public int completions;
    public int returned;
    public int extensionsApproved;
    public int extensionsRefused;
    public int withdrawn;
  }

  private final Story story = new Story();

  private record Event(Instant at, int seq, Runnable action) {}

  public Walkthrough(JdbcStore store, ZoneId zone, LocalDate asOf) {
    this.store = store;
    this.zone = zone;
    this.asOf = asOf;
    this.clock = new DemoClock(zone, LocalDate.of(2026, 1, 1).atStartOfDay(zone).toInstant());
    store.migrate();
    store.directory().save(province.units, province.officials);
    this.theodoi = Theodoi.builder().directory(store.directory()).store(store).clock(clock).zone(zone).build();
  }

  public DemoProvince province() {
    return province;
  }

  public Theodoi theodoi() {
    return theodoi;
  }

  public LocalDate asOf() {
    return asOf;
  }

  /** Plays everything that happens on or before the as-of date. */
  public Story play() {
    for (int i = 0; i < province.documents.size(); i++) {
      plan(i, province.documents.get(i));
    }
    events.sort(Comparator.comparing(Event::at).thenComparing(Event::seq));
    Instant end = asOf.plusDays(1).atStartOfDay(zone).toInstant();
    for (Event e : events) {
      if (e.at().isBefore(end)) {
        clock.set(e.at());
        e.action().run();
      }
    }
    clock.set(end.minusSeconds(1));
    return story;
  }

  private void at(LocalDate day, int hour, Runnable action) {
    events.add(new Event(day.atTime(LocalTime.of(hour, 0)).atZone(zone).toInstant(), events.size(), action));
  }

  private static Actor actor(Official o) {
    return Actor.of(o);
  }

  private Task current(TaskId id) {
    return store.tasks().find(id).orElseThrow();
  }

  /** Runs {@code action} on the task as it is now, unless the office has withdrawn it meanwhile. */
  private void onTask(TaskId id, java.util.function.Consumer<Task> action) {
    Task t = current(id);
    if (!t.isWithdrawn()) {
      action.accept(t);
    }
  }

  private void plan(int index, Document doc) {
    Official specialist = index % 2 == 0 ? province.specialistMinh : province.specialistHoa;
    Official leader = index % 3 == 0 ? province.viceChairman : province.chairman;
    at(doc.issuedOn(), 8, () -> {
      theodoi.documents().register(actor(province.clerk), doc);
      theodoi.documents().forward(actor(province.clerk),
          new ForwardDocumentCommand(doc.id(), Set.of(specialist.id())));
      story.documentsForwarded++;
      story.specialists.add(specialist.fullName());
    });
    int tasks = index % 3 == 2 ? 2 : 3;
    LocalDate created = doc.issuedOn().plusDays(1);
    for (int j = 0; j < tasks; j++) {
      int number = index * 3 + j;
      TaskId id = TaskId.of(String.format("nv-%02d-%d", index + 1, j + 1));
      List<Unit> units = new ArrayList<>(province.assignees);
      java.util.Collections.shuffle(units, random);
      Unit lead = units.get(0);
      List<Unit> coordinating = units.subList(1, 1 + random.nextInt(3));
      DeadlineSpec deadline = deadlineFor(index, j, doc);
      String content = contentFor(doc, j);
      at(created, 9, () -> {
        Task t = theodoi.tasks().create(actor(specialist), new CreateTaskCommand(id, doc.id(), content,
            "Giao " + lead.name() + " chủ trì" + (coordinating.isEmpty() ? "" : ", phối hợp "
                + String.join(", ", coordinating.stream().map(Unit::name).toList())) + " thực hiện.",
            leader.id(), specialist.id(), deadline,
            UnitAssignees.of(lead.id(), province.officialOf(lead, number % 2).id()),
            coordinating.stream().map(u -> UnitAssignees.of(u.id(), province.officialOf(u, 0).id())).toList()));
        story.tasksAssigned++;
        story.unitsAssigned.add(lead.id());
        coordinating.forEach(u -> story.unitsAssigned.add(u.id()));
      });
      LocalDate due = resolveDeadline(deadline, doc);
      planOutcome(id, number, created, due, lead, specialist);
      for (Unit u : coordinating) {
        if (random.nextBoolean()) {
          LocalDate done = due == null ? created.plusDays(10 + random.nextInt(40)) : due.minusDays(random.nextInt(6));
          complete(id, u, province.officialOf(u, 0), done.isAfter(created) ? done : created.plusDays(1));
        }
      }
    }
  }

  private DeadlineSpec deadlineFor(int index, int j, Document doc) {
    // Documents issued just before Tết (14–22/2) and National Day (29/8–2/9) count working days across the closure.
    if (j == 0 && List.of(4, 5, 19, 20).contains(index)) {
      return DeadlineSpec.workingDaysAfterIssue(index < 10 ? 10 : 5);
    }
    if (index >= 22 && j == 0) {
      return DeadlineSpec.on(LocalDate.of(2026, 10, 16));   // due soon on the default as-of date
    }
    if (random.nextInt(12) == 0) {
      return DeadlineSpec.none();
    }
    return DeadlineSpec.on(doc.issuedOn().plusDays(14 + random.nextInt(75)));
  }

  private LocalDate resolveDeadline(DeadlineSpec spec, Document doc) {
    if (spec instanceof DeadlineSpec.OnDate on) {
      return on.date();
    }
    if (spec instanceof DeadlineSpec.WorkingDaysAfterIssue wd) {
      return theodoi.calendar().plusWorkingDays(doc.issuedOn(), wd.workingDays());
    }
    return null;
  }

  private static String contentFor(Document doc, int j) {
    String[] what = {"Xây dựng kế hoạch triển khai", "Tổ chức kiểm tra, đôn đốc thực hiện", "Báo cáo kết quả thực hiện"};
    return what[j % what.length] + " " + doc.number() + ": " + doc.summary();
  }

  private enum Outcome { ON_TIME, LATE, EXTENDED, REFUSED, NEVER, RETURNED, WITHDRAWN }

  private void planOutcome(TaskId id, int number, LocalDate created, LocalDate due, Unit lead, Official specialist) {
    Outcome outcome = switch (number) {
      case 0 -> Outcome.LATE;
      case 1 -> Outcome.EXTENDED;
      case 2 -> Outcome.NEVER;
      case 4 -> Outcome.REFUSED;
      case 7 -> Outcome.RETURNED;
      case 10 -> Outcome.WITHDRAWN;
      case 66, 69 -> Outcome.NEVER;
      default -> {
        int r = random.nextInt(100);
        yield r < 42 ? Outcome.ON_TIME : r < 58 ? Outcome.LATE : r < 66 ? Outcome.EXTENDED : r < 70 ? Outcome.RETURNED
            : r < 72 ? Outcome.WITHDRAWN : Outcome.NEVER;
      }
    };
    if (due == null && outcome != Outcome.WITHDRAWN && outcome != Outcome.NEVER) {
      outcome = Outcome.ON_TIME;
    }
    Official reporter = province.officialOf(lead, number % 2);
    if (outcome != Outcome.WITHDRAWN && random.nextInt(3) > 0) {
      at(created.plusDays(3 + random.nextInt(8)), 16, () -> onTask(id, t -> {
        theodoi.reporting().reportProgress(actor(reporter), new ReportProgressCommand(id, t.version(), lead.id(),
            "Đã xây dựng kế hoạch, phân công cán bộ phụ trách; đang triển khai theo tiến độ.", null));
        story.progressReports++;
      }));
    }
    switch (outcome) {
      case ON_TIME -> {
        LocalDate done = due == null ? created.plusDays(5 + random.nextInt(60)) : due.minusDays(random.nextInt(10));
        complete(id, lead, reporter, done.isAfter(created) ? done : created.plusDays(1));
        if (random.nextBoolean()) {
          LocalDate reviewed = (done.isAfter(created) ? done : created.plusDays(1)).plusDays(2);
          at(reviewed, 14, () -> onTask(id, t -> review(t, lead, specialist, ReviewOutcome.CONFIRMED, null)));
        }
      }
      case LATE -> complete(id, lead, reporter, due.plusDays(1 + random.nextInt(20)));
      case EXTENDED, REFUSED -> {
        LocalDate ask = due.minusDays(4).isAfter(created) ? due.minusDays(4) : created.plusDays(1);
        LocalDate extended = due.plusDays(21);
        at(ask, 10, () -> onTask(id, t -> theodoi.reporting().requestExtension(actor(province.leaderOf(lead)),
            new RequestExtensionCommand(id, t.version(), extended,
                "Khối lượng công việc lớn, cần thêm thời gian phối hợp với các đơn vị liên quan"))));
        boolean approve = outcome == Outcome.EXTENDED;
        at(ask.plusDays(1), 15, () -> onTask(id, t -> {
          theodoi.directing().decideExtension(actor(province.chairman), new DecideExtensionCommand(id, t.version(),
              approve ? Verdict.APPROVED : Verdict.REFUSED, approve ? "Đồng ý gia hạn" : "Không đủ căn cứ gia hạn"));
          if (approve) {
            story.extensionsApproved++;
          } else {
            story.extensionsRefused++;
          }
        }));
        if (!approve) {
          complete(id, lead, reporter, due.plusDays(3));
        } else if (number != 1 && random.nextBoolean()) {
          complete(id, lead, reporter, extended.minusDays(random.nextInt(5)));
        }
      }
      case RETURNED -> {
        LocalDate first = due.minusDays(5).isAfter(created) ? due.minusDays(5) : created.plusDays(1);
        complete(id, lead, reporter, first);
        at(first.plusDays(1), 14, () -> onTask(id, t -> {
          review(t, lead, specialist, ReviewOutcome.RETURNED, "Báo cáo chưa có số liệu cụ thể, đề nghị bổ sung");
          story.returned++;
        }));
        complete(id, lead, reporter, first.plusDays(4));
      }
      case WITHDRAWN -> at(created.plusDays(7), 11, () -> onTask(id, t -> {
        theodoi.tasks().withdraw(actor(specialist), new WithdrawTaskCommand(id, t.version(),
            "Nội dung đã được giao tại văn bản khác"));
        story.withdrawn++;
      }));
      case NEVER -> { }
    }
  }

  private void complete(TaskId id, Unit unit, Official by, LocalDate on) {
    at(on, 17, () -> onTask(id, t -> {
      theodoi.reporting().reportCompletion(actor(by), new ReportCompletionCommand(id, t.version(), unit.id(), on,
          String.format("%02d/BC-%s", 10 + story.completions % 89, unit.code())));
      story.completions++;
    }));
  }

  private void review(Task t, Unit unit, Official specialist, ReviewOutcome outcome, String note) {
    theodoi.tasks().reviewCompletion(actor(specialist), new ReviewCompletionCommand(t.id(), t.version(), unit.id(),
        outcome, note));
  }

  /** The counts an actor's dashboard shows on the as-of date. */
  public StatusCounts counts(Official official) {
    return theodoi.dashboards().counts(Actor.of(official), asOf, TaskFilter.NONE);
  }

  /** The rows behind an actor's overdue count. */
  public List<TaskRow> overdue(Official official) {
    return theodoi.dashboards().list(Actor.of(official), asOf, TaskFilter.NONE.withStatus(TaskStatus.OVERDUE),
        PageRequest.first(PageRequest.MAX_SIZE)).items();
  }
}
