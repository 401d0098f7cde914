package dev.theodoi.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalDateSerializer;
import dev.theodoi.application.DeadlineSpec;
import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.directory.UnitId;
import dev.theodoi.domain.directory.UnitKind;
import dev.theodoi.domain.document.DocumentId;
import dev.theodoi.domain.document.DocumentNumber;
import dev.theodoi.domain.document.InvalidDocumentNumberException;
import dev.theodoi.domain.task.TaskId;
import dev.theodoi.port.ReminderStep;
import dev.theodoi.port.Scope;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

/**
 * The Jackson module for theodoi's values, commands and views.
 *
 * <ul>
 * <li>ids, unit kinds and document numbers are JSON strings ({@code "23/2016/QĐ-UBND"});</li>
 * <li>dates are {@code "2026-06-30"}; a date that does not exist ({@code "2026-02-30"}) is refused;</li>
 * <li>instants are RFC 3339 with the office's offset ({@code "2026-06-30T17:00:00+07:00"}); any offset is read,
 *     a time without offset is refused;</li>
 * <li>statuses, roles and other enums are their stable upper-case codes;</li>
 * <li>an absent or null list or set reads as empty;</li>
 * <li>sets keep the order they were written in;</li>
 * <li>sealed types ({@code DeadlineSpec}, {@code Scope}, {@code ReminderStep}) carry a {@code "kind"}.</li>
 * </ul>
 *
 * Registering it also registers Jackson's {@code JavaTimeModule} and {@code Jdk8Module}, and makes every
 * {@code LocalDate} and {@code Instant} of the mapper use the forms above. Found by
 * {@code ObjectMapper.findAndRegisterModules()}. Immutable; register one instance in any number of mappers.
 */
public final class TheodoiModule extends SimpleModule {
  private static final long serialVersionUID = 1L;
  private final ZoneId zone;

  /** With instants written in Vietnam's offset (+07:00). */
  public TheodoiModule() {
    this(ZoneId.of("Asia/Ho_Chi_Minh"));
  }

  /** With instants written in {@code zone}'s offset. */
  public TheodoiModule(ZoneId zone) {
    super("theodoi", new Version(0, 1, 0, "SNAPSHOT", "dev.theodoi", "theodoi-json"));
    this.zone = zone;
    text(UnitId.class, UnitId::value, UnitId::of);
    text(OfficialId.class, OfficialId::value, OfficialId::of);
    text(DocumentId.class, DocumentId::value, DocumentId::of);
    text(TaskId.class, TaskId::value, TaskId::of);
    text(UnitKind.class, UnitKind::code, UnitKind::of);
    text(DocumentNumber.class, DocumentNumber::toString, DocumentNumber::parse);
    addSerializer(LocalDate.class, new LocalDateSerializer(DateTimeFormatter.ISO_LOCAL_DATE));
    addSerializer(Instant.class, new InstantSerializer(zone));
    addDeserializer(Instant.class, new InstantDeserializer());
    // Sets keep the order they were written in (responsible officials are listed in the order named).
    addAbstractTypeMapping(java.util.Set.class, java.util.LinkedHashSet.class);
    setMixInAnnotation(DeadlineSpec.class, DeadlineSpecMixIn.class);
    setMixInAnnotation(Scope.class, ScopeMixIn.class);
    setMixInAnnotation(ReminderStep.class, ReminderStepMixIn.class);
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.insertAnnotationIntrospector(new OnlyRecordComponents());
    // An absent or null list or set (no reports yet, no extensions) reads as empty.
    for (Class<?> type : List.of(List.class, java.util.Set.class)) {
      context.configOverride(type).setSetterInfo(com.fasterxml.jackson.annotation.JsonSetter.Value.forValueNulls(
          com.fasterxml.jackson.annotation.Nulls.AS_EMPTY, com.fasterxml.jackson.annotation.Nulls.DEFAULT));
    }
  }

  /**
   * theodoi's records are written as their components only: convenience methods such as {@code isOffice()}
   * or {@code isWithdrawn()} are not properties.
   */
  private static final class OnlyRecordComponents extends com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    @Override
    public com.fasterxml.jackson.databind.introspect.VisibilityChecker<?> findAutoDetectVisibility(
        com.fasterxml.jackson.databind.introspect.AnnotatedClass ac,
        com.fasterxml.jackson.databind.introspect.VisibilityChecker<?> checker) {
      return ac.getRawType().getName().startsWith("dev.theodoi.")
          ? checker.withIsGetterVisibility(com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE)
          : checker;
    }
  }

  /** The zone whose offset instants are written in. */
  public ZoneId zone() {
    return zone;
  }

  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new JavaTimeModule(), new Jdk8Module());
  }

  private <T> void text(Class<T> type, Function<T, String> write, Function<String, T> read) {
    addSerializer(type, new JsonSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
        gen.writeString(write.apply(value));
      }
    });
    addDeserializer(type, new JsonDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
          return type.cast(ctxt.handleUnexpectedToken(type, p));
        }
        String s = p.getText();
        try {
          return read.apply(s);
        } catch (InvalidDocumentNumberException e) {
          return type.cast(ctxt.handleWeirdStringValue(type, s, e.problem()));
        } catch (IllegalArgumentException | NullPointerException e) {
          return type.cast(ctxt.handleWeirdStringValue(type, s, String.valueOf(e.getMessage())));
        }
      }
    });
  }

  private static final class InstantSerializer extends JsonSerializer<Instant> {
    private final ZoneId zone;

    InstantSerializer(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      gen.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value.atZone(zone).toOffsetDateTime()));
    }
  }

  private static final class InstantDeserializer extends JsonDeserializer<Instant> {
    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
      }
      String s = p.getText();
      try {
        return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
      } catch (DateTimeParseException e) {
        return (Instant) ctxt.handleWeirdStringValue(Instant.class, s,
            "not an RFC 3339 date-time with offset, e.g. 2026-06-30T17:00:00+07:00");
      }
    }
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = DeadlineSpec.OnDate.class, name = "on-date"),
      @JsonSubTypes.Type(value = DeadlineSpec.WorkingDaysAfterIssue.class, name = "working-days-after-issue"),
      @JsonSubTypes.Type(value = DeadlineSpec.NoDeadline.class, name = "none")})
  interface DeadlineSpecMixIn {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = Scope.AllTasks.class, name = "all-tasks"),
      @JsonSubTypes.Type(value = Scope.AllAssignments.class, name = "all-assignments"),
      @JsonSubTypes.Type(value = Scope.UnitAssignments.class, name = "unit"),
      @JsonSubTypes.Type(value = Scope.OfficialAssignments.class, name = "official")})
  interface ScopeMixIn {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = ReminderStep.BeforeDeadline.class, name = "before-deadline"),
      @JsonSubTypes.Type(value = ReminderStep.OnDeadline.class, name = "on-deadline"),
      @JsonSubTypes.Type(value = ReminderStep.Overdue.class, name = "overdue")})
  interface ReminderStepMixIn {}

}
