package dev.theodoi.jdbc;

import static dev.theodoi.testing.Fixtures.HEALTH;
import static dev.theodoi.testing.Fixtures.d2026;
import static dev.theodoi.testing.Fixtures.morningOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.theodoi.domain.document.Document;
import dev.theodoi.domain.document.DocumentId;
import dev.theodoi.domain.document.DocumentNumber;
import dev.theodoi.domain.task.ProgressReport;
import dev.theodoi.domain.task.Task;
import dev.theodoi.domain.task.TaskId;
import dev.theodoi.port.ChangeKind;
import dev.theodoi.port.HistoryEntry;
import dev.theodoi.testing.Fixtures;
import dev.theodoi.testing.TaskBuilder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hostile and Vietnamese text is stored and read back byte for byte. */
abstract class TextTests extends FreshDatabaseTests {


  static List<String> hostile() {
    StringBuilder controls = new StringBuilder("controls:");
    for (char c = 1; c < 0x20; c++) {
      controls.append(c);
    }
    controls.append('\u007f');
    List<String> texts = new ArrayList<>(List.of(
        "Quyết định số 23/2016/QĐ-UBND của Ủy ban nhân dân tỉnh Quảng Trị — Đắk Lắk, Đồng Tháp",
        "it's \"quoted\" `back` ‘curly’ “double”",
        "'; DROP TABLE theodoi_task; --",
        "back\\slash \\\\ \\n \\0 \\' end\\",
        controls.toString(),
        "emoji 😀 🇻🇳 𝕋𝕙𝕖𝕠 and a lone accent: ́",
        Normalizer.normalize("Tiếng Việt có dấu: Đường, Ưu tiên, Nguyễn", Normalizer.Form.NFD),
        Normalizer.normalize("Tiếng Việt có dấu: Đường, Ưu tiên, Nguyễn", Normalizer.Form.NFC),
        "  leading and trailing spaces  ",
        "Đ".repeat(3000) + "ệ".repeat(3000) + "😀".repeat(2000)));
    texts.add("Báo cáo dài: " + "Sở Y tế đã triển khai kế hoạch. ".repeat(320));
    return texts;
  }

  @Test
  void everyHostileTextRoundTripsByteIdentical() {
    TestDatabase.Fresh fresh = fresh();
    JdbcStore store = JdbcStore.create(fresh.pool(2));
    store.migrate();
    List<String> texts = hostile();
    assertThat(texts.get(texts.size() - 1).length()).isGreaterThan(10_000);

    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      Document doc = new Document(DocumentId.of("doc-" + i), DocumentNumber.parse(String.format("%02d/UBND-VX", i + 1)),
          "Công văn", d2026(1, 5), text, "Võ Văn Hưng", "UBND tỉnh Quảng Trị", Optional.empty(), Optional.empty());
      Task task = TaskBuilder.aTask().id("t-" + i).onDocument(doc.id()).tracking(text).ledBy(HEALTH).build()
          .withAssignment(HEALTH.id(), a -> a.withReport(new ProgressReport(Fixtures.HEALTH_OFFICIAL.id(),
              morningOf(d2026(1, 6)), text, Optional.empty())));
      HistoryEntry entry = new HistoryEntry(task.id(), 1, ChangeKind.TASK_EDITED, Fixtures.SPECIALIST.id(),
          morningOf(d2026(1, 6)), Optional.empty(), "trackingContent", Optional.of(text), Optional.of(text));
      store.transactions().inTransaction(() -> {
        store.documents().add(doc);
        store.tasks().add(task);
        store.history().append(List.of(entry));
        return null;
      });

      Document readDoc = store.documents().find(doc.id()).orElseThrow();
      Task readTask = store.tasks().find(task.id()).orElseThrow();
      assertThat(readDoc.summary().getBytes(StandardCharsets.UTF_8)).as("text %s", i)
          .isEqualTo(text.getBytes(StandardCharsets.UTF_8));
      assertThat(readTask.trackingContent()).isEqualTo(text);
      assertThat(readTask.lead().reports().get(0).text().getBytes(StandardCharsets.UTF_8))
          .isEqualTo(text.getBytes(StandardCharsets.UTF_8));
      assertThat(store.history().of(task.id())).containsExactly(entry);
      assertThat(readTask).isEqualTo(task.withVersion(1));
    }
    assertThat(store.tasks().find(TaskId.of("t-0"))).isPresent();
  }
}
