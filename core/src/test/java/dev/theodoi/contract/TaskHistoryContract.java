package dev.theodoi.contract;

import static dev.theodoi.testing.Fixtures.HEALTH;
import static dev.theodoi.testing.Fixtures.SPECIALIST;
import static dev.theodoi.testing.Fixtures.d2026;
import static dev.theodoi.testing.Fixtures.morningOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.theodoi.domain.task.TaskId;
import dev.theodoi.port.ChangeKind;
import dev.theodoi.port.HistoryEntry;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contract of {@link dev.theodoi.port.TaskHistory}: append-only, per task, in order. */
public abstract class TaskHistoryContract extends StoreContract {

  private static HistoryEntry entry(String task, long version, String field, String oldValue, String newValue) {
    return new HistoryEntry(TaskId.of(task), version, ChangeKind.TASK_EDITED, SPECIALIST.id(),
        morningOf(d2026(3, (int) version)), Optional.empty(), field, Optional.ofNullable(oldValue),
        Optional.ofNullable(newValue));
  }

  @Test
  void entriesReadBackPerTaskInTheOrderAppended() {
    HistoryEntry a = entry("t-1", 2, "deadline", "2026-03-31", "2026-04-30");
    HistoryEntry b = new HistoryEntry(TaskId.of("t-1"), 3, ChangeKind.ASSIGNEES_CHANGED, SPECIALIST.id(),
        morningOf(d2026(3, 3)), Optional.of(HEALTH.id()), "assignees", Optional.empty(), Optional.of("syt-cv"));
    HistoryEntry other = entry("t-2", 2, "trackingContent", "Cũ", "Mới — đã sửa");
    HistoryEntry c = entry("t-1", 4, "trackingContent", null, "Nội dung: \"đặc biệt\" 'ký tự' \\ 😀");

    tx(() -> {
      store.history().append(List.of(a, b));
      store.history().append(List.of(other));
      store.history().append(List.of(c));
      return null;
    });

    assertThat(store.history().of(TaskId.of("t-1"))).containsExactly(a, b, c);
    assertThat(store.history().of(TaskId.of("t-2"))).containsExactly(other);
    assertThat(store.history().of(TaskId.of("t-3"))).isEmpty();
  }
}
