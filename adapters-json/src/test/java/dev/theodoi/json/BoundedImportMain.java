package dev.theodoi.json;

import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.document.Document;
import dev.theodoi.domain.document.DocumentId;
import dev.theodoi.domain.task.Task;
import dev.theodoi.domain.task.TaskId;
import dev.theodoi.port.Documents;
import dev.theodoi.port.Forwarding;
import dev.theodoi.port.ReminderLog;
import dev.theodoi.port.TaskHistory;
import dev.theodoi.port.TaskQueries;
import dev.theodoi.port.Tasks;
import dev.theodoi.port.TrackingStore;
import dev.theodoi.port.Transactions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Run in a JVM with a small heap by {@link BoundedMemoryImportTest}: generates an exchange file of N tasks on the
 * fly (never held whole in memory) and imports it into a store that only counts, so the heap measures the
 * importer alone. Prints {@code documents=… tasks=…}.
 */
public final class BoundedImportMain {
  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    PipedInputStream in = new PipedInputStream(1 << 16);
    PipedOutputStream out = new PipedOutputStream(in);
    Thread writer = new Thread(() -> write(out, n), "generator");
    writer.start();
    CountingStore store = new CountingStore();
    ImportReport report = Importer.into(store).batchSize(1000).importFrom(in);
    writer.join();
    Runtime rt = Runtime.getRuntime();
    System.out.println("documents=" + report.documentsAdded() + " tasks=" + report.tasksAdded()
        + " rejections=" + report.rejections().size() + " maxHeapMb=" + rt.maxMemory() / (1024 * 1024));
  }

  private static void write(OutputStream out, int n) {
    try (out) {
      out.write("{\"format\": \"theodoi/1\", \"documents\": [".getBytes(StandardCharsets.UTF_8));
      int docs = n / 10;
      for (int i = 0; i < docs; i++) {
        out.write(((i == 0 ? "" : ",") + "{\"id\": \"doc-" + i + "\", \"number\": \"" + (i + 10)
            + "/UBND-VX\", \"type\": \"Công văn\", \"issuedOn\": \"2026-01-05\", \"summary\": \"Về việc triển khai nhiệm vụ số "
            + i + "\", \"signer\": \"Võ Văn Hưng\", \"issuingBody\": \"UBND tỉnh Quảng Trị\"}").getBytes(StandardCharsets.UTF_8));
      }
      out.write("], \"tasks\": [".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < n; i++) {
        out.write(((i == 0 ? "" : ",") + "{\"id\": \"task-" + i + "\", \"document\": \"doc-" + (i % docs)
            + "\", \"trackingContent\": \"Báo cáo kết quả thực hiện nhiệm vụ " + i + " — Đắk Lắk, Đồng Tháp\","
            + " \"directionContent\": \"Giao Sở Y tế chủ trì\", \"directingLeader\": \"ld-hung\","
            + " \"trackingSpecialist\": \"cv-minh\", \"deadline\": \"2026-06-30\", \"assignments\": ["
            + "{\"unit\": \"syt\", \"responsibility\": \"LEAD\", \"assignees\": [\"syt-cv\"], \"reports\": ["
            + "{\"author\": \"syt-cv\", \"reportedAt\": \"2026-03-20T16:30:00+07:00\", \"text\": \"Đang triển khai\"}],"
            + " \"completions\": [{\"completedOn\": \"2026-06-20\", \"reportedBy\": \"syt-cv\","
            + " \"reportedAt\": \"2026-06-20T10:00:00+07:00\"}]},"
            + "{\"unit\": \"sgddt\", \"responsibility\": \"COORDINATING\"}],"
            + " \"createdBy\": \"cv-minh\", \"createdAt\": \"2026-01-06T09:00:00+07:00\"}").getBytes(StandardCharsets.UTF_8));
      }
      out.write("]}".getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A store that keeps nothing but counts, so memory use is the importer's own. */
  static final class CountingStore implements TrackingStore {
    final AtomicLong documents = new AtomicLong();
    /** The documents themselves are kept (a tenth of the tasks), so tasks can refer to them. */
    final java.util.Map<DocumentId, Document> known = new java.util.HashMap<>();
    final AtomicLong tasks = new AtomicLong();

    @Override
    public Documents documents() {
      return new Documents() {
        @Override
        public void add(Document document) {
          documents.incrementAndGet();
          known.put(document.id(), document);
        }

        @Override
        public Optional<Document> find(DocumentId id) {
          return Optional.ofNullable(known.get(id));
        }

        @Override
        public List<Document> page(Optional<DocumentId> after, int limit) {
          return List.of();
        }

        @Override
        public void forward(List<Forwarding> forwardings) {}

        @Override
        public List<Forwarding> forwardingsOf(DocumentId document) {
          return List.of();
        }

        @Override
        public List<Document> notForwarded() {
          return List.of();
        }

        @Override
        public List<Document> forwardedTo(OfficialId specialist) {
          return List.of();
        }
      };
    }

    @Override
    public Tasks tasks() {
      return new Tasks() {
        @Override
        public Task add(Task task) {
          tasks.incrementAndGet();
          return task.withVersion(1);
        }

        @Override
        public Task update(Task task) {
          throw new IllegalStateException("no updates expected");
        }

        @Override
        public Optional<Task> find(TaskId id) {
          return Optional.empty();
        }

        @Override
        public List<Task> page(Optional<TaskId> after, int limit) {
          return List.of();
        }

        @Override
        public List<Task> ofDocument(DocumentId document) {
          return List.of();
        }
      };
    }

    @Override
    public TaskHistory history() {
      throw new IllegalStateException("not used by imports");
    }

    @Override
    public ReminderLog reminderLog() {
      throw new IllegalStateException("not used by imports");
    }

    @Override
    public TaskQueries queries() {
      throw new IllegalStateException("not used by imports");
    }

    @Override
    public Transactions transactions() {
      return new Transactions() {
        @Override
        public <T> T inTransaction(java.util.function.Supplier<T> work) {
          return work.get();
        }
      };
    }
  }
}
