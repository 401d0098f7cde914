package dev.theodoi.inmemory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.directory.UnitId;
import dev.theodoi.domain.document.Document;
import dev.theodoi.domain.document.DocumentId;
import dev.theodoi.domain.status.StatusCounts;
import dev.theodoi.domain.task.Task;
import dev.theodoi.domain.task.TaskId;
import dev.theodoi.port.AsOf;
import dev.theodoi.port.ConcurrentChangeException;
import dev.theodoi.port.Documents;
import dev.theodoi.port.DuplicateKeyException;
import dev.theodoi.port.Forwarding;
import dev.theodoi.port.Grouping;
import dev.theodoi.port.HistoryEntry;
import dev.theodoi.port.NotFoundException;
import dev.theodoi.port.Page;
import dev.theodoi.port.PageRequest;
import dev.theodoi.port.Period;
import dev.theodoi.port.ReminderLog;
import dev.theodoi.port.Scope;
import dev.theodoi.port.StatisticsRow;
import dev.theodoi.port.TaskFilter;
import dev.theodoi.port.TaskHistory;
import dev.theodoi.port.TaskQueries;
import dev.theodoi.port.TaskRow;
import dev.theodoi.port.Tasks;
import dev.theodoi.port.TrackingStore;
import dev.theodoi.port.Transactions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The whole tracking store in memory. Every operation holds one reentrant lock, so the store is thread-safe
 * and transactions are serializable; a transaction that throws restores the state it started from.
 */
public final class InMemoryStore implements TrackingStore {
  private final ReentrantLock lock = new ReentrantLock();
  private State state = new State();

  private static final class State {
    final Map<DocumentId, Document> documents = new LinkedHashMap<>();
    /** Each document's identity (issuing body, numbering year, number) to its id. */
    final Map<List<Object>, DocumentId> numbers = new java.util.HashMap<>();
    final List<Forwarding> forwardings = new ArrayList<>();
    final Map<TaskId, Task> tasks = new LinkedHashMap<>();
    final List<HistoryEntry> history = new ArrayList<>();
    final Set<List<Object>> reminders = new HashSet<>();

    State copy() {
      State c = new State();
      c.documents.putAll(documents);
      c.numbers.putAll(numbers);
      c.forwardings.addAll(forwardings);
      c.tasks.putAll(tasks);
      c.history.addAll(history);
      c.reminders.addAll(reminders);
      return c;
    }
  }

  private final Documents documents = new DocumentsImpl();
  private final Tasks tasks = new TasksImpl();
  private final TaskHistory history = new HistoryImpl();
  private final ReminderLog reminderLog = new ReminderLogImpl();
  private final TaskQueries queries = new QueriesImpl();
  private final Transactions transactions = this::inTransaction;

  /** An empty store. */
  public static InMemoryStore create() {
    return new InMemoryStore();
  }

  private InMemoryStore() {}

  @Override
  public Documents documents() {
    return documents;
  }

  @Override
  public Tasks tasks() {
    return tasks;
  }

  @Override
  public TaskHistory history() {
    return history;
  }

  @Override
  public ReminderLog reminderLog() {
    return reminderLog;
  }

  @Override
  public TaskQueries queries() {
    return queries;
  }

  @Override
  public Transactions transactions() {
    return transactions;
  }

  private <T> T inTransaction(Supplier<T> work) {
    checkNotNull(work, "work is required");
    lock.lock();
    try {
      if (lock.getHoldCount() > 1) {
        return work.get();
      }
      State before = state.copy();
      try {
        return work.get();
      } catch (RuntimeException | Error e) {
        state = before;
        throw e;
      }
    } finally {
      lock.unlock();
    }
  }

  private <T> T locked(Supplier<T> read) {
    lock.lock();
    try {
      return read.get();
    } finally {
      lock.unlock();
    }
  }

  private final class DocumentsImpl implements Documents {
    @Override
    public void add(Document document) {
      checkNotNull(document, "document is required");
      locked(() -> {
        if (state.documents.containsKey(document.id())) {
          throw new DuplicateKeyException("document " + document.id() + " is already stored");
        }
        List<Object> identity = List.of(document.issuingBody(), document.numberingYear(), document.number());
        DocumentId taken = state.numbers.get(identity);
        if (taken != null) {
          throw new DuplicateKeyException("document " + document.number() + " of " + document.issuingBody()
              + " in " + document.numberingYear() + " is already stored as " + taken);
        }
        state.documents.put(document.id(), document);
        state.numbers.put(identity, document.id());
        return null;
      });
    }

    @Override
    public Optional<Document> find(DocumentId id) {
      return locked(() -> Optional.ofNullable(state.documents.get(id)));
    }

    @Override
    public void forward(List<Forwarding> forwardings) {
      locked(() -> {
        for (Forwarding f : forwardings) {
          if (!state.documents.containsKey(f.document())) {
            throw new NotFoundException("document", f.document().value());
          }
          boolean already = state.forwardings.stream()
              .anyMatch(x -> x.document().equals(f.document()) && x.specialist().equals(f.specialist()));
          if (!already) {
            state.forwardings.add(f);
          }
        }
        return null;
      });
    }

    @Override
    public List<Document> page(Optional<DocumentId> after, int limit) {
      checkArgument(limit >= 1, "limit must be at least 1");
      return locked(() -> state.documents.values().stream()
          .filter(d -> after.map(a -> d.id().value().compareTo(a.value()) > 0).orElse(true))
          .sorted(Comparator.comparing(d -> d.id().value()))
          .limit(limit)
          .toList());
    }

    @Override
    public List<Forwarding> forwardingsOf(DocumentId document) {
      return locked(() -> state.forwardings.stream().filter(f -> f.document().equals(document)).toList());
    }

    @Override
    public List<Document> notForwarded() {
      return locked(() -> state.documents.values().stream()
          .filter(d -> state.forwardings.stream().noneMatch(f -> f.document().equals(d.id())))
          .sorted(NEWEST_FIRST)
          .toList());
    }

    @Override
    public List<Document> forwardedTo(OfficialId specialist) {
      return locked(() -> state.forwardings.stream()
          .filter(f -> f.specialist().equals(specialist))
          .map(f -> state.documents.get(f.document()))
          .distinct()
          .sorted(NEWEST_FIRST)
          .toList());
    }
  }

  private static final Comparator<Document> NEWEST_FIRST =
      Comparator.comparing(Document::issuedOn).reversed().thenComparing(d -> d.id().value());

  private final class TasksImpl implements Tasks {
    @Override
    public Task add(Task task) {
      checkNotNull(task, "task is required");
      checkArgument(task.version() == 0, "a new task has version 0, was %s", task.version());
      return locked(() -> {
        if (state.tasks.containsKey(task.id())) {
          throw new DuplicateKeyException("task " + task.id() + " is already stored");
        }
        if (!state.documents.containsKey(task.document())) {
          throw new NotFoundException("document", task.document().value());
        }
        Task stored = task.withVersion(1);
        state.tasks.put(task.id(), stored);
        return stored;
      });
    }

    @Override
    public Task update(Task task) {
      checkNotNull(task, "task is required");
      return locked(() -> {
        Task current = state.tasks.get(task.id());
        if (current == null) {
          throw new NotFoundException("task", task.id().value());
        }
        if (current.version() != task.version()) {
          throw new ConcurrentChangeException("task", task.id().value(), task.version());
        }
        Task stored = task.withVersion(task.version() + 1);
        state.tasks.put(task.id(), stored);
        return stored;
      });
    }

    @Override
    public Optional<Task> find(TaskId id) {
      return locked(() -> Optional.ofNullable(state.tasks.get(id)));
    }

    @Override
    public List<Task> page(Optional<TaskId> after, int limit) {
      checkArgument(limit >= 1, "limit must be at least 1");
      return locked(() -> state.tasks.values().stream()
          .filter(t -> after.map(a -> t.id().value().compareTo(a.value()) > 0).orElse(true))
          .sorted(Comparator.comparing(t -> t.id().value()))
          .limit(limit)
          .toList());
    }

    @Override
    public List<Task> ofDocument(DocumentId document) {
      return locked(() -> state.tasks.values().stream().filter(t -> t.document().equals(document)).toList());
    }
  }

  private final class HistoryImpl implements TaskHistory {
    @Override
    public void append(List<HistoryEntry> entries) {
      List<HistoryEntry> copy = List.copyOf(entries);
      locked(() -> state.history.addAll(copy));
    }

    @Override
    public List<HistoryEntry> of(TaskId task) {
      return locked(() -> state.history.stream().filter(e -> e.task().equals(task)).toList());
    }
  }

  private final class ReminderLogImpl implements ReminderLog {
    @Override
    public boolean markSent(TaskId task, UnitId unit, String stepCode, java.time.LocalDate deadline) {
      return locked(() -> state.reminders.add(List.of(task, unit, stepCode, deadline)));
    }

    @Override
    public boolean wasSent(TaskId task, UnitId unit, String stepCode, java.time.LocalDate deadline) {
      return locked(() -> state.reminders.contains(List.of(task, unit, stepCode, deadline)));
    }
  }

  private final class QueriesImpl implements TaskQueries {
    @Override
    public StatusCounts counts(Scope scope, TaskFilter filter, AsOf asOf) {
      return locked(() -> Rows.counts(state.tasks.values(), state.documents, scope, filter, asOf));
    }

    @Override
    public Page<TaskRow> list(Scope scope, TaskFilter filter, AsOf asOf, PageRequest page) {
      return locked(() -> Rows.page(state.tasks.values(), state.documents, scope, filter, asOf, page));
    }

    @Override
    public List<StatisticsRow> statistics(Grouping grouping, Period period, AsOf asOfEnd) {
      return locked(() -> Rows.statistics(state.tasks.values(), grouping, period, asOfEnd));
    }
  }
}
