package dev.theodoi.json;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.theodoi.domain.directory.Official;
import dev.theodoi.domain.directory.Unit;
import dev.theodoi.domain.document.Document;
import dev.theodoi.domain.document.DocumentId;
import dev.theodoi.domain.status.DueSoonWindow;
import dev.theodoi.domain.status.StatusRules;
import dev.theodoi.domain.task.Task;
import dev.theodoi.domain.task.TaskId;
import dev.theodoi.port.AsOf;
import dev.theodoi.port.Directory;
import dev.theodoi.port.Forwarding;
import dev.theodoi.port.Grouping;
import dev.theodoi.port.Period;
import dev.theodoi.port.Rate;
import dev.theodoi.port.RateBase;
import dev.theodoi.port.Scope;
import dev.theodoi.port.StatisticsRow;
import dev.theodoi.port.TaskFilter;
import dev.theodoi.port.TrackingStore;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Writes {@code theodoi/1} files from a store, streaming: documents and tasks are read a page at a time and
 * written as they come, so memory stays bounded. An export of tasks imported into an empty store gives the
 * same dashboards. Not thread-safe; use one exporter per export.
 */
public final class Exporter {
  private final TrackingStore store;
  private ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
  private DueSoonWindow dueSoon = DueSoonWindow.calendarDays(3);
  private int pageSize = 500;
  private ObjectMapper mapper;

  private Exporter(TrackingStore store) {
    this.store = checkNotNull(store, "store is required");
  }

  /** An exporter reading {@code store}. */
  public static Exporter from(TrackingStore store) {
    return new Exporter(store);
  }

  /** The office's zone, for as-of dates and instant offsets; default Asia/Ho_Chi_Minh. */
  public Exporter zone(ZoneId value) {
    this.zone = checkNotNull(value, "zone");
    return this;
  }

  /** The due-soon window of the statuses written; default 3 calendar days. */
  public Exporter dueSoon(DueSoonWindow value) {
    this.dueSoon = checkNotNull(value, "due-soon window");
    return this;
  }

  /** Records read from the store at a time; default 500. */
  public Exporter pageSize(int value) {
    checkArgument(value >= 1 && value <= 10_000, "page size must be 1 to 10000");
    this.pageSize = value;
    return this;
  }

  private JsonGenerator open(OutputStream out) throws IOException {
    mapper = ExchangeFormat.strictMapper(zone);
    JsonGenerator g = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8);
    g.useDefaultPrettyPrinter();
    g.writeStartObject();
    g.writeStringField("format", ExchangeFormat.FORMAT);
    return g;
  }

  /**
   * Everything stored: the directory (if given), every document with its forwardings, every task with its full
   * history and its status on {@code asOf} (null for a task that does not count on that date).
   *
   * @param out where to write UTF-8 JSON; flushed, not closed
   */
  public void exportAll(OutputStream out, LocalDate asOf, Optional<Directory> directory) {
    checkNotNull(asOf, "as-of date is required");
    try (JsonGenerator g = open(out)) {
      g.writeStringField("asOf", asOf.toString());
      if (directory.isPresent()) {
        g.writeObjectFieldStart("directory");
        g.writeArrayFieldStart("units");
        List<Unit> units = directory.get().units();
        for (Unit u : units) {
          mapper.writeValue(g, u);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("officials");
        for (Unit u : units) {
          for (Official o : directory.get().officialsOf(u.id())) {
            mapper.writeValue(g, o);
          }
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeArrayFieldStart("documents");
      Optional<DocumentId> afterDoc = Optional.empty();
      for (List<Document> page = store.documents().page(afterDoc, pageSize); !page.isEmpty();
           page = store.documents().page(afterDoc, pageSize)) {
        for (Document d : page) {
          ObjectNode node = mapper.valueToTree(d);
          List<Forwarding> forwardings = store.documents().forwardingsOf(d.id());
          if (!forwardings.isEmpty()) {
            ArrayNode fs = node.putArray("forwardings");
            for (Forwarding f : forwardings) {
              fs.add(mapper.valueToTree(new Importer.ForwardingJson(f.specialist(), f.forwardedBy(), f.forwardedAt())));
            }
          }
          mapper.writeTree(g, node);
        }
        afterDoc = Optional.of(page.get(page.size() - 1).id());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("tasks");
      Optional<TaskId> afterTask = Optional.empty();
      for (List<Task> page = store.tasks().page(afterTask, pageSize); !page.isEmpty();
           page = store.tasks().page(afterTask, pageSize)) {
        for (Task t : page) {
          ObjectNode node = mapper.valueToTree(t);
          node.set("status", t.countsOn(asOf, zone)
              ? mapper.valueToTree(StatusRules.classify(t.statusFacts(), asOf, zone, dueSoon))
              : mapper.nullNode());
          mapper.writeTree(g, node);
        }
        afterTask = Optional.of(page.get(page.size() - 1).id());
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the export", e);
    }
  }

  /** The counts of one scope on {@code asOf}. */
  public void exportDashboard(OutputStream out, Scope scope, TaskFilter filter, LocalDate asOf) {
    var counts = store.queries().counts(scope, filter, AsOf.of(asOf, zone, dueSoon));
    try (JsonGenerator g = open(out)) {
      g.writeStringField("asOf", asOf.toString());
      g.writeObjectFieldStart("dashboard");
      g.writeFieldName("scope");
      mapper.writeValue(g, scope);
      g.writeFieldName("counts");
      mapper.writeValue(g, counts);
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the export", e);
    }
  }

  /** Statistics per unit or directing leader over a period, with both on-time rates and their denominators. */
  public void exportStatistics(OutputStream out, Grouping grouping, Period period) {
    List<StatisticsRow> rows = store.queries().statistics(grouping, period, AsOf.of(period.to(), zone, dueSoon));
    try (JsonGenerator g = open(out)) {
      g.writeStringField("asOf", period.to().toString());
      g.writeObjectFieldStart("statistics");
      g.writeStringField("grouping", grouping.name());
      g.writeStringField("from", period.from().toString());
      g.writeStringField("to", period.to().toString());
      g.writeArrayFieldStart("rows");
      for (StatisticsRow r : rows) {
        ObjectNode node = mapper.valueToTree(r);
        ArrayNode rates = node.putArray("onTimeRates");
        for (RateBase base : RateBase.values()) {
          Rate rate = r.onTimeRate(base);
          ObjectNode rn = mapper.valueToTree(rate);
          if (rate.value().isPresent()) {
            rn.put("value", rate.value().getAsDouble());
          } else {
            rn.putNull("value");
          }
          rates.add(rn);
        }
        mapper.writeTree(g, node);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the export", e);
    }
  }
}
