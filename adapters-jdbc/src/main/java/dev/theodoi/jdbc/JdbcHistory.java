package dev.theodoi.jdbc;

import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.directory.UnitId;
import dev.theodoi.domain.task.TaskId;
import dev.theodoi.port.ChangeKind;
import dev.theodoi.port.HistoryEntry;
import dev.theodoi.port.TaskHistory;
import java.util.List;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The append-only history in {@code <prefix>history}, ordered by its generated key. */
final class JdbcHistory implements TaskHistory {
  private final JdbcStore store;
  private final String insert;
  private final String ofTask;

  JdbcHistory(JdbcStore store, Sql sql) {
    this.store = store;
    insert = sql.of("INSERT INTO ${p}history (task_id, version, kind, actor_id, changed_at, unit_id, field_name,"
        + " old_value, new_value) VALUES (:task, :version, :kind, :actor, :at, :unit, :field, :old, :new)");
    ofTask = sql.of("SELECT task_id, version, kind, actor_id, changed_at, unit_id, field_name, old_value, new_value"
        + " FROM ${p}history WHERE task_id = :task ORDER BY id");
  }

  @Override
  public void append(List<HistoryEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    store.write(h -> {
      PreparedBatch batch = h.prepareBatch(insert);
      for (HistoryEntry e : entries) {
        batch.bind("task", e.task().value()).bind("version", e.version()).bind("kind", e.kind().name())
            .bind("actor", e.actor().value()).bind("at", Sql.ts(e.at()))
            .bind("unit", e.unit().map(UnitId::value).orElse(null)).bind("field", e.field())
            .bind("old", e.oldValue().orElse(null)).bind("new", e.newValue().orElse(null))
            .add();
      }
      return batch.execute();
    });
  }

  @Override
  public List<HistoryEntry> of(TaskId task) {
    return store.withHandle(h -> h.createQuery(ofTask).bind("task", task.value())
        .map((rs, ctx) -> new HistoryEntry(TaskId.of(rs.getString("task_id")), rs.getLong("version"),
            ChangeKind.valueOf(rs.getString("kind")), OfficialId.of(rs.getString("actor_id")),
            Sql.instant(rs, "changed_at"), Sql.text(rs, "unit_id").map(UnitId::of), rs.getString("field_name"),
            Sql.text(rs, "old_value"), Sql.text(rs, "new_value")))
        .list());
  }
}
