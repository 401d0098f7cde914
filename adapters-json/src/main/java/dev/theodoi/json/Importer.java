package dev.theodoi.json;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.theodoi.domain.directory.Official;
import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.directory.Unit;
import dev.theodoi.domain.document.Document;
import dev.theodoi.domain.document.DocumentId;
import dev.theodoi.domain.task.TaskId;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import dev.theodoi.domain.task.Task;
import dev.theodoi.port.DuplicateKeyException;
import dev.theodoi.port.Forwarding;
import dev.theodoi.port.TrackingStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a {@code theodoi/1} file into a store, streaming: the file is read record by record with Jackson's
 * parser, so memory stays bounded whatever its size (one batch of records at a time).
 *
 * <ul>
 * <li>Records are keyed by the host's ids: a document or task already stored exactly so is left unchanged,
 *     so importing the same file twice changes nothing. A task stored differently is updated to the file's
 *     version; a document stored differently is rejected.</li>
 * <li>Records are written in batches ({@link #batchSize}), each in one transaction, all or nothing.</li>
 * <li>Every rejected record is reported with its JSON Pointer and reason; see {@link ImportReport}.</li>
 * <li>A file that cannot be read on (malformed JSON, unknown format, duplicate key, limits) stops the import
 *     with {@link ImportFailedException}; nothing of the batch being read is written.</li>
 * </ul>
 *
 * <p>Tasks are written through the {@link dev.theodoi.port.Tasks} port with their whole history as the file
 * has it, not through the use cases: an import restores what happened, it does not re-enact it. Not
 * thread-safe; use one importer per import.
 */
public final class Importer {
  private static final Logger LOG = LoggerFactory.getLogger(Importer.class);
  private final TrackingStore store;
  private int batchSize = 500;
  private ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
  private Consumer<Progress> progress = p -> {};

  /** How far an import has read: records of each kind, and whether it is done. */
  public record Progress(long documentsRead, long tasksRead, boolean done) {}

  private Importer(TrackingStore store) {
    this.store = checkNotNull(store, "store is required");
  }

  /** An importer writing into {@code store}. */
  public static Importer into(TrackingStore store) {
    return new Importer(store);
  }

  /** Records per transaction, 1 to 100,000; default 500. */
  public Importer batchSize(int value) {
    checkArgument(value >= 1 && value <= 100_000, "batch size must be 1 to 100000, was %s", value);
    this.batchSize = value;
    return this;
  }

  /** Told after every batch and at the end; for progress on a console. */
  public Importer onProgress(Consumer<Progress> listener) {
    this.progress = checkNotNull(listener, "listener");
    return this;
  }

  /**
   * Imports a file.
   *
   * @param in the file, UTF-8 JSON; read to the end, not closed
   * @return what was written, unchanged and rejected
   * @throws ImportFailedException if the file cannot be read on
   */
  public ImportReport importFrom(InputStream in) {
    checkNotNull(in, "input is required");
    ObjectMapper mapper = ExchangeFormat.strictMapper(zone);
    Run run = new Run(mapper);
    try (JsonParser p = mapper.getFactory().createParser(in)) {
      run.read(p);
    } catch (ImportFailedException e) {
      throw e;
    } catch (JsonProcessingException e) {
      throw run.fail(describe(e), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the import file", e);
    }
    progress.accept(new Progress(run.documentsRead, run.tasksRead, true));
    ImportReport report = run.report();
    LOG.info("Import: {} documents added, {} unchanged; {} tasks added, {} updated, {} unchanged; {} rejections",
        report.documentsAdded(), report.documentsUnchanged(), report.tasksAdded(), report.tasksUpdated(),
        report.tasksUnchanged(), report.rejections().size());
    return report;
  }

  private static String describe(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    return "malformed input" + where + ": " + e.getOriginalMessage();
  }

  /** One import in progress. */
  private final class Run {
    private final ObjectMapper mapper;
    private final List<Unit> units = new ArrayList<>();
    private final List<Official> officials = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private long documentsAdded;
    private long documentsUnchanged;
    private long tasksAdded;
    private long tasksUpdated;
    private long tasksUnchanged;
    private int batchesWritten;
    private int batchesRejected;
    private long documentsRead;
    private long tasksRead;
    private String pointer = "";

    Run(ObjectMapper mapper) {
      this.mapper = mapper;
    }

    ImportReport report() {
      return new ImportReport(units, officials, documentsAdded, documentsUnchanged, tasksAdded, tasksUpdated,
          tasksUnchanged, batchesWritten, batchesRejected, rejections);
    }

    ImportFailedException fail(String message, Throwable cause) {
      return new ImportFailedException(message + (pointer.isEmpty() ? "" : " (in " + pointer + ")"), pointer,
          report(), cause);
    }

    void read(JsonParser p) throws IOException {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw fail("an exchange file is a JSON object starting with {\"format\": \"" + ExchangeFormat.FORMAT + "\"",
            null);
      }
      if (p.nextToken() != JsonToken.FIELD_NAME || !"format".equals(p.currentName())) {
        throw fail("\"format\" must be the first field", null);
      }
      pointer = "/format";
      if (p.nextToken() != JsonToken.VALUE_STRING || !ExchangeFormat.FORMAT.equals(p.getText())) {
        throw fail("unknown format " + p.getText() + "; this library reads " + ExchangeFormat.FORMAT, null);
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        pointer = "/" + field;
        p.nextToken();
        switch (field) {
          case "directory" -> directory(p);
          case "documents" -> array(p, "documents", this::document, this::writeDocuments);
          case "tasks" -> array(p, "tasks", this::task, this::writeTasks);
          case "asOf", "dashboard", "statistics" -> p.skipChildren();
          default -> throw fail("unknown field \"" + field + "\"", null);
        }
      }
      pointer = "";
      if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
        throw fail("unexpected content after the end of the exchange object", null);
      }
    }

    private void directory(JsonParser p) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw fail("\"directory\" must be an object", null);
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (p.currentToken() != JsonToken.START_ARRAY || !(field.equals("units") || field.equals("officials"))) {
          throw fail("\"directory\" holds the arrays \"units\" and \"officials\", not \"" + field + "\"", null);
        }
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          pointer = "/directory/" + field + "/" + i;
          JsonNode node = mapper.readTree(p);
          try {
            if (field.equals("units")) {
              units.add(mapper.treeToValue(node, Unit.class));
            } else {
              officials.add(mapper.treeToValue(node, Official.class));
            }
          } catch (JsonMappingException e) {
            rejections.add(new Rejection(pointer + pointerOf(e), reason(e)));
          }
          i++;
        }
      }
    }

    /** Reads one array section in batches: parse each record, then write the batch if none was rejected. */
    private <T> void array(JsonParser p, String section, Parse<T> parse, Write<T> write) throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw fail("\"" + section + "\" must be an array", null);
      }
      List<Item<T>> batch = new ArrayList<>();
      List<Rejection> batchRejections = new ArrayList<>();
      int i = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        pointer = "/" + section + "/" + i;
        JsonNode node = mapper.readTree(p);
        try {
          batch.add(new Item<>(pointer, parse.apply(node)));
        } catch (JsonMappingException e) {
          batchRejections.add(new Rejection(pointer + pointerOf(e), reason(e)));
        } catch (RejectedRecord e) {
          batchRejections.add(e.rejection);
        }
        if (section.equals("tasks")) {
          tasksRead++;
        } else {
          documentsRead++;
        }
        i++;
        if (batch.size() + batchRejections.size() >= batchSize) {
          flush(batch, batchRejections, write);
        }
      }
      flush(batch, batchRejections, write);
    }

    private <T> void flush(List<Item<T>> batch, List<Rejection> batchRejections, Write<T> write) {
      if (batch.isEmpty() && batchRejections.isEmpty()) {
        return;
      }
      if (batchRejections.isEmpty()) {
        try {
          Counts counts = store.transactions().inTransaction(() -> {
            Counts c = new Counts();
            write.accept(batch, c);
            return c;
          });
          documentsAdded += counts.documentsAdded;
          documentsUnchanged += counts.documentsUnchanged;
          tasksAdded += counts.tasksAdded;
          tasksUpdated += counts.tasksUpdated;
          tasksUnchanged += counts.tasksUnchanged;
          batchesWritten++;
        } catch (RejectedRecord e) {
          batchRejections.add(e.rejection);
        }
      }
      if (!batchRejections.isEmpty()) {
        batchesRejected++;
        rejections.addAll(batchRejections);
      }
      batch.clear();
      batchRejections.clear();
      progress.accept(new Progress(documentsRead, tasksRead, false));
    }

    private DocumentRecord document(JsonNode node) throws JsonMappingException {
      ObjectNode object = object(node);
      List<ForwardingJson> forwardings = new ArrayList<>();
      JsonNode f = object.remove("forwardings");
      if (f != null) {
        if (!f.isArray()) {
          throw new RejectedRecord(pointer + "/forwardings", "must be an array");
        }
        for (int i = 0; i < f.size(); i++) {
          try {
            forwardings.add(mapper.treeToValue(f.get(i), ForwardingJson.class));
          } catch (JsonMappingException e) {
            throw new RejectedRecord(pointer + "/forwardings/" + i + pointerOf(e), reason(e));
          } catch (JsonProcessingException e) {
            throw new RejectedRecord(pointer + "/forwardings/" + i, e.getOriginalMessage());
          }
        }
      }
      Document d = convert(object, Document.class);
      return new DocumentRecord(d, forwardings.stream()
          .map(x -> new Forwarding(d.id(), x.specialist(), x.forwardedBy(), x.forwardedAt())).toList());
    }

    private Task task(JsonNode node) throws JsonMappingException {
      ObjectNode object = object(node);
      object.remove("status");
      object.put("version", 0);
      return convert(object, Task.class);
    }

    private ObjectNode object(JsonNode node) {
      if (!(node instanceof ObjectNode o)) {
        throw new RejectedRecord(pointer, "must be a JSON object, was " + node.getNodeType());
      }
      return o;
    }

    private <T> T convert(JsonNode node, Class<T> type) throws JsonMappingException {
      try {
        return mapper.treeToValue(node, type);
      } catch (JsonMappingException e) {
        throw e;
      } catch (JsonProcessingException e) {
        throw new RejectedRecord(pointer, e.getOriginalMessage());
      }
    }

    /** One batch of documents: new ones in bulk, stored ones compared. */
    private void writeDocuments(List<Item<DocumentRecord>> items, Counts c) {
      Map<DocumentId, Document> existing = store.documents().findAll(items.stream().map(i -> i.value.document().id()).toList());
      List<Document> fresh = new ArrayList<>();
      Set<DocumentId> inBatch = new HashSet<>();
      for (Item<DocumentRecord> item : items) {
        Document d = item.value.document();
        Document stored = existing.get(d.id());
        if (stored != null) {
          if (!stored.equals(d)) {
            throw new RejectedRecord(item.pointer, "document " + d.id() + " is already stored with other content");
          }
          c.documentsUnchanged++;
        } else if (!inBatch.add(d.id())) {
          throw new RejectedRecord(item.pointer + "/id", "document " + d.id() + " appears twice in the file");
        } else {
          fresh.add(d);
        }
      }
      try {
        store.documents().addAll(fresh);
      } catch (DuplicateKeyException e) {
        throw new RejectedRecord(items.get(0).pointer, "in the batch from here: " + e.getMessage());
      }
      c.documentsAdded += fresh.size();
      for (Item<DocumentRecord> item : items) {
        if (!item.value.forwardings().isEmpty()) {
          store.documents().forward(item.value.forwardings());
        }
      }
    }

    /** One batch of tasks: new ones in bulk, stored ones compared and updated if the file changed them. */
    private void writeTasks(List<Item<Task>> items, Counts c) {
      Map<TaskId, Task> existing = store.tasks().findAll(items.stream().map(i -> i.value.id()).toList());
      List<Item<Task>> fresh = items.stream().filter(i -> !existing.containsKey(i.value.id())).toList();
      Map<DocumentId, Document> documents = store.documents().findAll(
          fresh.stream().map(i -> i.value.document()).distinct().toList());
      Set<TaskId> inBatch = new HashSet<>();
      for (Item<Task> item : fresh) {
        if (!documents.containsKey(item.value.document())) {
          throw new RejectedRecord(item.pointer + "/document", "document " + item.value.document() + " is not stored");
        }
        if (!inBatch.add(item.value.id())) {
          throw new RejectedRecord(item.pointer + "/id", "task " + item.value.id() + " appears twice in the file");
        }
      }
      store.tasks().addAll(fresh.stream().map(Item::value).toList());
      c.tasksAdded += fresh.size();
      for (Item<Task> item : items) {
        Task stored = existing.get(item.value.id());
        if (stored == null) {
          continue;
        }
        if (stored.withVersion(0).equals(item.value)) {
          c.tasksUnchanged++;
        } else {
          store.tasks().update(item.value.withVersion(stored.version()));
          c.tasksUpdated++;
        }
      }
    }
  }

  private static String pointerOf(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        sb.append('/').append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
      } else if (r.getIndex() >= 0) {
        sb.append('/').append(r.getIndex());
      }
    }
    return sb.toString();
  }

  private static String reason(JsonMappingException e) {
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      return e.getCause().getMessage() != null ? e.getCause().getMessage()
          : "a required field is missing or null (" + e.getCause().getClass().getSimpleName() + ")";
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return "unknown field \"" + u.getPropertyName() + "\"";
    }
    if (e instanceof InvalidFormatException f) {
      Throwable root = f;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      String detail = root == f ? f.getOriginalMessage().replaceFirst("^.*?: ", "") : root.getMessage();
      return "'" + f.getValue() + "' is not a valid " + f.getTargetType().getSimpleName() + ": " + detail;
    }
    return e.getOriginalMessage();
  }

  /** A record to write, with where it came from. */
  private record Item<T>(String pointer, T value) {}

  private record DocumentRecord(Document document, List<Forwarding> forwardings) {}

  /** A forwarding as the file has it, inside its document. */
  record ForwardingJson(OfficialId specialist, OfficialId forwardedBy, Instant forwardedAt) {
    ForwardingJson {
      checkNotNull(specialist, "specialist is required");
      checkNotNull(forwardedBy, "forwardedBy is required");
      checkNotNull(forwardedAt, "forwardedAt is required");
    }
  }

  private static final class Counts {
    long documentsAdded;
    long documentsUnchanged;
    long tasksAdded;
    long tasksUpdated;
    long tasksUnchanged;
  }

  @FunctionalInterface
  private interface Parse<T> {
    T apply(JsonNode node) throws JsonMappingException;
  }

  @FunctionalInterface
  private interface Write<T> {
    void accept(List<Item<T>> batch, Counts counts);
  }

  /** A record refused for a reason found outside Jackson's own checks. */
  private static final class RejectedRecord extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Rejection rejection;

    RejectedRecord(String pointer, String reason) {
      super(reason, null, false, false);
      this.rejection = new Rejection(pointer, reason);
    }
  }
}
