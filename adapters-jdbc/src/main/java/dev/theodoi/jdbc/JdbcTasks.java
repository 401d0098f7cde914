package dev.theodoi.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static dev.theodoi.jdbc.Sql.ts;

import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.directory.UnitId;
import dev.theodoi.domain.document.DocumentId;
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
import dev.theodoi.port.ConcurrentChangeException;
import dev.theodoi.port.DuplicateKeyException;
import dev.theodoi.port.NotFoundException;
import dev.theodoi.port.Tasks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Tasks as aggregates over {@code task}, {@code assignment}, {@code assignee}, {@code report},
 * {@code completion} and {@code extension}. An update checks and raises the version in one statement
 * ({@code UPDATE … WHERE id = ? AND version = ?}), then rewrites the task's rows.
 */
final class JdbcTasks implements Tasks {
  private final JdbcStore store;
  private final Sql sql;
  private final String insertTask;
  private final String updateTask;
  private final String exists;
  private final String documentExists;
  private final String selectTask;
  private final String idsOfDocument;
  private final String idsFirst;
  private final String idsAfter;

  JdbcTasks(JdbcStore store, Sql sql) {
    this.store = store;
    this.sql = sql;
    String values = "document_id = :document, tracking_content = :tracking, direction_content = :direction,"
        + " directing_leader = :leader, tracking_specialist = :specialist, deadline = :deadline,"
        + " created_by = :createdBy, created_at = :createdAt, withdrawn_by = :withdrawnBy,"
        + " withdrawn_at = :withdrawnAt, withdrawal_reason = :withdrawalReason";
    insertTask = sql.of("INSERT INTO ${p}task (id, document_id, tracking_content, direction_content, directing_leader,"
        + " tracking_specialist, deadline, created_by, created_at, withdrawn_by, withdrawn_at, withdrawal_reason,"
        + " version) VALUES (:id, :document, :tracking, :direction, :leader, :specialist, :deadline, :createdBy,"
        + " :createdAt, :withdrawnBy, :withdrawnAt, :withdrawalReason, 1)");
    updateTask = sql.of("UPDATE ${p}task SET " + values + ", version = version + 1 WHERE id = :id AND version = :version");
    exists = sql.of("SELECT COUNT(*) FROM ${p}task WHERE id = :id");
    documentExists = sql.of("SELECT COUNT(*) FROM ${p}document WHERE id = :id");
    selectTask = sql.of("SELECT id, document_id, tracking_content, direction_content, directing_leader,"
        + " tracking_specialist, deadline, created_by, created_at, withdrawn_by, withdrawn_at, withdrawal_reason,"
        + " version FROM ${p}task WHERE id = :id");
    String binary = sql.dialect.binaryOrder();
    idsFirst = sql.of("SELECT id FROM ${p}task ORDER BY id" + binary + " LIMIT :limit");
    idsAfter = sql.of("SELECT id FROM ${p}task WHERE id" + binary + " > :after ORDER BY id" + binary + " LIMIT :limit");
    idsOfDocument = sql.of("SELECT id FROM ${p}task WHERE document_id = :doc ORDER BY created_at, id"
        + sql.dialect.binaryOrder());
  }

  @Override
  public Task add(Task task) {
    checkArgument(task.version() == 0, "a new task has version 0, was %s", task.version());
    return store.write(h -> {
      if (count(h, exists, task.id().value()) > 0) {
        throw new DuplicateKeyException("task " + task.id() + " is already stored");
      }
      if (count(h, documentExists, task.document().value()) == 0) {
        throw new NotFoundException("document", task.document().value());
      }
      Sql.insert(() -> bindTask(h.createUpdate(insertTask), task).execute(), "task " + task.id());
      insertParts(h, List.of(task));
      return task.withVersion(1);
    });
  }

  @Override
  public Map<TaskId, Task> findAll(java.util.Collection<TaskId> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return store.withHandle(h -> {
      Map<TaskId, Task> found = new LinkedHashMap<>();
      for (List<String> chunk : com.google.common.collect.Lists.partition(ids.stream().map(TaskId::value).toList(), 500)) {
        for (String id : sql.bindIds(h.createQuery(sql.of("SELECT id FROM ${p}task WHERE " + sql.idIn("id"))), chunk)
            .mapTo(String.class).list()) {
          load(h, id).ifPresent(t -> found.put(t.id(), t));
        }
      }
      return found;
    });
  }

  @Override
  public List<Task> addAll(List<Task> tasks) {
    if (tasks.isEmpty()) {
      return List.of();
    }
    tasks.forEach(t -> checkArgument(t.version() == 0, "a new task has version 0, was %s", t.version()));
    return store.write(h -> {
      List<String> ids = tasks.stream().map(t -> t.id().value()).toList();
      java.util.Set<String> documents = new java.util.LinkedHashSet<>(tasks.stream().map(t -> t.document().value()).toList());
      for (List<String> chunk : com.google.common.collect.Lists.partition(ids, 500)) {
        List<String> taken = sql.bindIds(h.createQuery(sql.of("SELECT id FROM ${p}task WHERE " + sql.idIn("id"))), chunk)
            .mapTo(String.class).list();
        if (!taken.isEmpty()) {
          throw new DuplicateKeyException("task " + taken.get(0) + " is already stored");
        }
      }
      if (new java.util.HashSet<>(ids).size() != ids.size()) {
        throw new DuplicateKeyException("the same task id is given twice");
      }
      java.util.Set<String> known = new java.util.HashSet<>();
      for (List<String> chunk : com.google.common.collect.Lists.partition(List.copyOf(documents), 500)) {
        known.addAll(sql.bindIds(h.createQuery(sql.of("SELECT id FROM ${p}document WHERE " + sql.idIn("id"))), chunk)
            .mapTo(String.class).list());
      }
      for (String d : documents) {
        if (!known.contains(d)) {
          throw new NotFoundException("document", d);
        }
      }
      PreparedBatch rows = h.prepareBatch(insertTask);
      for (Task t : tasks) {
        bindTask(rows, t).add();
      }
      Sql.insert(() -> rows.execute(), "a task of the batch");
      insertParts(h, tasks);
      return tasks.stream().map(t -> t.withVersion(1)).toList();
    });
  }

  @Override
  public Task update(Task task) {
    return store.write(h -> {
      int changed = bindTask(h.createUpdate(updateTask), task).bind("version", task.version()).execute();
      if (changed == 0) {
        if (count(h, exists, task.id().value()) == 0) {
          throw new NotFoundException("task", task.id().value());
        }
        throw new ConcurrentChangeException("task", task.id().value(), task.version());
      }
      deleteParts(h, task.id());
      insertParts(h, List.of(task));
      return task.withVersion(task.version() + 1);
    });
  }

  @Override
  public Optional<Task> find(TaskId id) {
    return store.withHandle(h -> load(h, id.value()));
  }

  @Override
  public List<Task> page(Optional<TaskId> after, int limit) {
    return store.withHandle(h -> (after.isPresent()
            ? h.createQuery(idsAfter).bind("after", after.get().value())
            : h.createQuery(idsFirst))
        .bind("limit", limit).mapTo(String.class).list()
        .stream().map(id -> load(h, id).orElseThrow()).toList());
  }

  @Override
  public List<Task> ofDocument(DocumentId document) {
    return store.withHandle(h -> h.createQuery(idsOfDocument).bind("doc", document.value()).mapTo(String.class).list()
        .stream().map(id -> load(h, id).orElseThrow()).toList());
  }

  private static int count(Handle h, String query, String id) {
    return h.createQuery(query).bind("id", id).mapTo(Integer.class).one();
  }

  private static <S extends org.jdbi.v3.core.statement.SqlStatement<S>> S bindTask(S s, Task t) {
    return s.bind("id", t.id().value())
        .bind("document", t.document().value())
        .bind("tracking", t.trackingContent())
        .bind("direction", t.directionContent())
        .bind("leader", t.directingLeader().value())
        .bind("specialist", t.trackingSpecialist().value())
        .bind("deadline", t.deadline().orElse(null))
        .bind("createdBy", t.createdBy().value())
        .bind("createdAt", ts(t.createdAt()))
        .bind("withdrawnBy", t.withdrawal().map(w -> w.withdrawnBy().value()).orElse(null))
        .bind("withdrawnAt", t.withdrawal().map(w -> ts(w.withdrawnAt())).orElse(null))
        .bind("withdrawalReason", t.withdrawal().map(Withdrawal::reason).orElse(null));
  }

  private void deleteParts(Handle h, TaskId id) {
    for (String table : List.of("assignment_period", "assignee", "report", "completion", "assignment", "extension")) {
      h.createUpdate(sql.of("DELETE FROM ${p}" + table + " WHERE task_id = :id")).bind("id", id.value()).execute();
    }
  }

  /**
   * Inserts the rows of the tasks' parts with plain JDBC batches on the handle's connection: JDBI's named-parameter
   * binding costs more per row than the database does at import volumes.
   */
  private void insertParts(Handle h, List<Task> tasks) {
    java.sql.Connection c = h.getConnection();
    try (java.sql.PreparedStatement assignments = c.prepareStatement(sql.of("INSERT INTO ${p}assignment (task_id,"
            + " unit_id, responsibility, lead_marker, ord) VALUES (?, ?, ?, ?, ?)"));
         java.sql.PreparedStatement assignees = c.prepareStatement(sql.of("INSERT INTO ${p}assignee (task_id, unit_id,"
            + " official_id, ord) VALUES (?, ?, ?, ?)"));
         java.sql.PreparedStatement reports = c.prepareStatement(sql.of("INSERT INTO ${p}report (task_id, unit_id, seq,"
            + " author_id, reported_at, body, result_document) VALUES (?, ?, ?, ?, ?, ?, ?)"));
         java.sql.PreparedStatement completions = c.prepareStatement(sql.of("INSERT INTO ${p}completion (task_id,"
            + " unit_id, seq, completed_on, reported_by, reported_at, result_document, review_outcome, reviewed_by,"
            + " reviewed_at, review_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
         java.sql.PreparedStatement extensions = c.prepareStatement(sql.of("INSERT INTO ${p}extension (task_id, seq,"
            + " requested_deadline, reason, requested_by, requested_at, verdict, decided_by, decided_at, decision_note)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
         java.sql.PreparedStatement periods = c.prepareStatement(DeadlinePeriods.insert(sql.prefix))) {
      int[] counts = new int[6];
      for (Task t : tasks) {
        String task = t.id().value();
        List<DeadlinePeriods.Period> spans = DeadlinePeriods.of(t);
        int ord = 0;
        for (Assignment a : t.assignments()) {
          String unit = a.unit().value();
          set(assignments, task, unit, a.responsibility().name(), a.isLead() ? "Y" : null, ord++);
          counts[0]++;
          Optional<Completion> standing = a.currentCompletion();
          counts[5] += DeadlinePeriods.addRows(periods, task, unit, a.isLead(), t.createdAt(), spans,
              standing.map(Completion::completedOn).orElse(null), standing.map(Completion::reportedAt).orElse(null));
          int i = 0;
          for (OfficialId o : a.assignees()) {
            set(assignees, task, unit, o.value(), i++);
            counts[1]++;
          }
          i = 0;
          for (ProgressReport r : a.reports()) {
            set(reports, task, unit, i++, r.author().value(), ts(r.reportedAt()), r.text(), r.resultDocument().orElse(null));
            counts[2]++;
          }
          i = 0;
          for (Completion x : a.completions()) {
            Optional<CompletionReview> review = x.review();
            set(completions, task, unit, i++, x.completedOn(), x.reportedBy().value(), ts(x.reportedAt()),
                x.resultDocument().orElse(null), review.map(v -> v.outcome().name()).orElse(null),
                review.map(v -> v.reviewedBy().value()).orElse(null), review.map(v -> ts(v.reviewedAt())).orElse(null),
                review.flatMap(CompletionReview::note).orElse(null));
            counts[3]++;
          }
        }
        int seq = 0;
        for (ExtensionRequest e : t.extensions()) {
          Optional<ExtensionDecision> d = e.decision();
          set(extensions, task, seq++, e.requestedDeadline(), e.reason(), e.requestedBy().value(), ts(e.requestedAt()),
              d.map(x -> x.verdict().name()).orElse(null), d.map(x -> x.decidedBy().value()).orElse(null),
              d.map(x -> ts(x.decidedAt())).orElse(null), d.flatMap(ExtensionDecision::note).orElse(null));
          counts[4]++;
        }
      }
      // Periods last: their rows refer to the assignments'.
      java.sql.PreparedStatement[] all = {assignments, assignees, reports, completions, extensions, periods};
      for (int k = 0; k < all.length; k++) {
        if (counts[k] > 0) {
          all[k].executeBatch();
        }
      }
    } catch (java.sql.SQLException e) {
      throw new org.jdbi.v3.core.statement.UnableToExecuteStatementException(e, null);
    }
  }

  /** Binds one row and adds it to the batch; nulls are bound as SQL NULL of the column's type. */
  private static void set(java.sql.PreparedStatement ps, Object... values) throws java.sql.SQLException {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        ps.setNull(i + 1, java.sql.Types.NULL);
      } else {
        ps.setObject(i + 1, values[i]);
      }
    }
    ps.addBatch();
  }

  private Optional<Task> load(Handle h, String id) {
    Optional<Row> row = h.createQuery(selectTask).bind("id", id).map((rs, ctx) -> new Row(
        rs.getString("id"), rs.getString("document_id"), rs.getString("tracking_content"),
        rs.getString("direction_content"), rs.getString("directing_leader"), rs.getString("tracking_specialist"),
        Optional.ofNullable(Sql.date(rs, "deadline")), rs.getString("created_by"), Sql.instant(rs, "created_at"),
        Optional.ofNullable(rs.getString("withdrawn_by")).map(by -> {
          try {
            return new Withdrawal(OfficialId.of(by), Sql.instant(rs, "withdrawn_at"), rs.getString("withdrawal_reason"));
          } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
          }
        }),
        rs.getLong("version"))).findFirst();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Parts> parts = new LinkedHashMap<>();
    h.createQuery(sql.of("SELECT unit_id, responsibility FROM ${p}assignment WHERE task_id = :id ORDER BY ord"))
        .bind("id", id)
        .map((rs, ctx) -> parts.put(rs.getString("unit_id"), new Parts(Responsibility.valueOf(rs.getString("responsibility")))))
        .list();
    h.createQuery(sql.of("SELECT unit_id, official_id FROM ${p}assignee WHERE task_id = :id ORDER BY unit_id, ord"))
        .bind("id", id)
        .map((rs, ctx) -> parts.get(rs.getString("unit_id")).assignees.add(OfficialId.of(rs.getString("official_id"))))
        .list();
    h.createQuery(sql.of("SELECT unit_id, author_id, reported_at, body, result_document FROM ${p}report"
            + " WHERE task_id = :id ORDER BY unit_id, seq"))
        .bind("id", id)
        .map((rs, ctx) -> parts.get(rs.getString("unit_id")).reports.add(new ProgressReport(
            OfficialId.of(rs.getString("author_id")), Sql.instant(rs, "reported_at"), rs.getString("body"),
            Sql.text(rs, "result_document"))))
        .list();
    h.createQuery(sql.of("SELECT unit_id, completed_on, reported_by, reported_at, result_document, review_outcome,"
            + " reviewed_by, reviewed_at, review_note FROM ${p}completion WHERE task_id = :id ORDER BY unit_id, seq"))
        .bind("id", id)
        .map((rs, ctx) -> {
          Optional<CompletionReview> review = Optional.ofNullable(rs.getString("review_outcome")).isEmpty()
              ? Optional.empty()
              : Optional.of(new CompletionReview(ReviewOutcome.valueOf(rs.getString("review_outcome")),
                  OfficialId.of(rs.getString("reviewed_by")), Sql.instant(rs, "reviewed_at"),
                  Sql.text(rs, "review_note")));
          return parts.get(rs.getString("unit_id")).completions.add(new Completion(Sql.date(rs, "completed_on"),
              OfficialId.of(rs.getString("reported_by")), Sql.instant(rs, "reported_at"),
              Sql.text(rs, "result_document"), review));
        })
        .list();
    List<ExtensionRequest> extensions = h.createQuery(sql.of("SELECT requested_deadline, reason, requested_by,"
            + " requested_at, verdict, decided_by, decided_at, decision_note FROM ${p}extension WHERE task_id = :id"
            + " ORDER BY seq"))
        .bind("id", id)
        .map((rs, ctx) -> new ExtensionRequest(Sql.date(rs, "requested_deadline"), rs.getString("reason"),
            OfficialId.of(rs.getString("requested_by")), Sql.instant(rs, "requested_at"),
            rs.getString("verdict") == null ? Optional.empty() : Optional.of(new ExtensionDecision(
                Verdict.valueOf(rs.getString("verdict")), OfficialId.of(rs.getString("decided_by")),
                Sql.instant(rs, "decided_at"), Sql.text(rs, "decision_note")))))
        .list();
    Row r = row.get();
    List<Assignment> assignments = new ArrayList<>();
    parts.forEach((unit, p) -> assignments.add(new Assignment(UnitId.of(unit), p.responsibility, p.assignees,
        p.reports, p.completions)));
    return Optional.of(new Task(TaskId.of(r.id), DocumentId.of(r.document), r.tracking, r.direction,
        OfficialId.of(r.leader), OfficialId.of(r.specialist), r.deadline, assignments, extensions, r.withdrawal,
        OfficialId.of(r.createdBy), r.createdAt, r.version));
  }

  private record Row(String id, String document, String tracking, String direction, String leader, String specialist,
      Optional<java.time.LocalDate> deadline, String createdBy, java.time.Instant createdAt,
      Optional<Withdrawal> withdrawal, long version) {}

  private static final class Parts {
    final Responsibility responsibility;
    final Set<OfficialId> assignees = new LinkedHashSet<>();
    final List<ProgressReport> reports = new ArrayList<>();
    final List<Completion> completions = new ArrayList<>();

    Parts(Responsibility responsibility) {
      this.responsibility = responsibility;
    }
  }
}
