package dev.theodoi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.theodoi.domain.document.DocumentId;
import dev.theodoi.domain.task.TaskId;
import dev.theodoi.inmemory.InMemoryStore;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of bad input gets a clear error, and nothing of the bad batch is written. */
class BadInputTest {
  private final InMemoryStore store = InMemoryStore.create();

  private static final String DOC = """
      {"id": "%s", "number": "%s", "type": "Công văn", "issuedOn": "%s", "summary": "Về việc báo cáo",
       "signer": "Võ Văn Hưng", "issuingBody": "UBND tỉnh Quảng Trị"}""";

  private static String doc(String id, String number, String date) {
    return DOC.formatted(id, number, date);
  }

  private static String task(String id, String doc, String deadline) {
    return """
        {"id": "%s", "document": "%s", "trackingContent": "Nội dung", "directionContent": "Chỉ đạo",
         "directingLeader": "ld-hung", "trackingSpecialist": "cv-minh", "deadline": %s,
         "assignments": [{"unit": "syt", "responsibility": "LEAD", "assignees": ["syt-cv"]}],
         "createdBy": "cv-minh", "createdAt": "2026-03-03T09:00:00+07:00"}""".formatted(id, doc, deadline);
  }

  private ImportReport run(String json, int batchSize) {
    return Importer.into(store).batchSize(batchSize).importFrom(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private ImportFailedException fails(String json) {
    try {
      run(json, 2);
    } catch (ImportFailedException e) {
      return e;
    }
    throw new AssertionError("the import did not fail");
  }

  private boolean nothingStored() {
    return store.documents().page(java.util.Optional.empty(), 10).isEmpty()
        && store.tasks().page(java.util.Optional.empty(), 10).isEmpty();
  }

  @Test
  void malformedJsonSaysWhere() {
    ImportFailedException e = fails("{\"format\": \"theodoi/1\", \"documents\": [" + doc("a", "01/UBND-VX", "2026-01-05")
        + ", {\"id\": ]}");

    assertThat(e.getMessage()).contains("malformed input at line").contains("/documents/1");
    assertThat(nothingStored()).isTrue();
  }

  @Test
  void anUnknownFormatVersionIsRefusedBeforeAnythingIsRead() {
    assertThat(fails("{\"format\": \"theodoi/2\", \"documents\": []}").getMessage())
        .contains("unknown format theodoi/2; this library reads theodoi/1");
    assertThat(fails("{\"documents\": [], \"format\": \"theodoi/1\"}").getMessage())
        .contains("\"format\" must be the first field");
    assertThat(fails("[]").getMessage()).contains("JSON object");
    assertThat(fails("{\"format\": \"theodoi/1\", \"extras\": 1}").getMessage()).contains("unknown field \"extras\"");
  }

  @Test
  void duplicateKeysAreAnError() {
    ImportFailedException e = fails("{\"format\": \"theodoi/1\", \"documents\": [{\"id\": \"a\", \"id\": \"b\"}]}");

    assertThat(e.getMessage()).contains("Duplicate field 'id'");
    assertThat(nothingStored()).isTrue();
  }

  @Test
  void nestingAndStringsBeyondTheLimitsAreAnError() {
    String deep = "[".repeat(200) + "]".repeat(200);
    assertThat(fails("{\"format\": \"theodoi/1\", \"tasks\": [" + deep + "]}").getMessage())
        .contains("nesting depth");
    String huge = "x".repeat(ExchangeFormat.MAX_STRING + 1);
    assertThat(fails("{\"format\": \"theodoi/1\", \"documents\": [" + doc("a", "01/UBND-VX", "2026-01-05")
        .replace("Về việc báo cáo", huge) + "]}").getMessage()).contains("String value length");
    assertThat(nothingStored()).isTrue();
  }

  @Test
  void badRecordsAreListedWithTheirPointerAndTheirBatchIsNotWritten() {
    String json = "{\"format\": \"theodoi/1\", \"documents\": ["
        + doc("ok-1", "01/UBND-VX", "2026-01-05") + ","
        + doc("bad-date", "02/UBND-VX", "2026-02-30") + ","
        + doc("ok-2", "03/UBND-VX", "2026-01-05") + ","
        + doc("bad-number", "5/QĐ-UBND", "2026-01-05") + ","
        + doc("ok-3", "06/UBND-VX", "2026-01-05") + ","
        + doc("ok-4", "07/UBND-VX", "2026-01-05")
        + "]}";

    ImportReport report = run(json, 2);

    assertThat(report.rejections()).extracting(Rejection::pointer).containsExactly("/documents/1/issuedOn",
        "/documents/3/number");
    assertThat(report.rejections().get(0).reason()).contains("'2026-02-30' is not a valid LocalDate")
        .contains("FEBRUARY 30");
    assertThat(report.rejections().get(1).reason()).contains("number 5 must be written with two digits: '05'");
    assertThat(report.batchesRejected()).isEqualTo(2);
    assertThat(report.batchesWritten()).isEqualTo(1);
    assertThat(store.documents().find(DocumentId.of("ok-1"))).as("in a rejected batch").isEmpty();
    assertThat(store.documents().find(DocumentId.of("ok-2"))).as("in a rejected batch").isEmpty();
    assertThat(store.documents().find(DocumentId.of("ok-3"))).isPresent();
    assertThat(store.documents().find(DocumentId.of("ok-4"))).isPresent();
  }

  @Test
  void wrongTypesAndMissingFieldsAreNamed() {
    String json = "{\"format\": \"theodoi/1\", \"documents\": [" + doc("d", "01/UBND-VX", "2026-01-05") + "],"
        + " \"tasks\": ["
        + task("t-number", "d", "\"2026-03-31\"").replace("\"Nội dung\"", "42") + ","
        + task("t-missing", "d", "null").replace("\"directionContent\": \"Chỉ đạo\",", "") + ","
        + task("t-no-doc", "not-there", "null") + ","
        + task("t-two-leads", "d", "null").replace("\"assignments\": [", "\"assignments\": [{\"unit\": \"sgddt\", \"responsibility\": \"LEAD\"},") + ","
        + "\"just a string\","
        + task("t-unknown", "d", "null").replace("\"createdBy\"", "\"colour\": \"red\", \"createdBy\"")
        + "]}";

    ImportReport report = run(json, 100);

    assertThat(report.documentsAdded()).isEqualTo(1);
    assertThat(report.rejections()).extracting(Rejection::toString).containsExactly(
        "/tasks/0/trackingContent: '42' is not a valid String: Cannot coerce Integer value (42) to `java.lang.String` value (but could if coercion was enabled using `CoercionConfig`)",
        "/tasks/1: direction content is required",
        "/tasks/3: a task needs exactly one lead unit, has 2",
        "/tasks/4: must be a JSON object, was STRING",
        "/tasks/5/colour: unknown field \"colour\"");
    assertThat(report.batchesRejected()).isEqualTo(1);
    assertThat(store.tasks().page(java.util.Optional.empty(), 10)).as("one batch, not written").isEmpty();
  }

  @Test
  void aTaskOnAnUnknownDocumentRejectsItsBatch() {
    String json = "{\"format\": \"theodoi/1\", \"documents\": [" + doc("d", "01/UBND-VX", "2026-01-05") + "],"
        + " \"tasks\": [" + task("t-1", "d", "null") + "," + task("t-2", "not-there", "null") + "]}";

    ImportReport report = run(json, 10);

    assertThat(report.rejections()).containsExactly(new Rejection("/tasks/1/document", "document not-there is not stored"));
    assertThat(store.tasks().find(TaskId.of("t-1"))).as("same batch").isEmpty();
  }

  @Test
  void aDocumentStoredWithOtherContentIsRejectedAndATaskStoredDifferentlyIsUpdated() {
    run("{\"format\": \"theodoi/1\", \"documents\": [" + doc("d", "01/UBND-VX", "2026-01-05") + "], \"tasks\": ["
        + task("t-1", "d", "\"2026-03-31\"") + "]}", 10);

    ImportReport second = run("{\"format\": \"theodoi/1\", \"documents\": ["
        + doc("d", "01/UBND-VX", "2026-01-06") + "], \"tasks\": [" + task("t-1", "d", "\"2026-04-30\"") + "]}", 10);

    assertThat(second.rejections()).containsExactly(
        new Rejection("/documents/0", "document d is already stored with other content"));
    assertThat(second.tasksUpdated()).isEqualTo(1);
    assertThat(store.tasks().find(TaskId.of("t-1")).orElseThrow().deadline()).contains(java.time.LocalDate.of(2026, 4, 30));
    assertThat(store.tasks().find(TaskId.of("t-1")).orElseThrow().version()).isEqualTo(2);
    assertThat(store.documents().find(DocumentId.of("d")).orElseThrow().issuedOn())
        .isEqualTo(java.time.LocalDate.of(2026, 1, 5));
  }
}
