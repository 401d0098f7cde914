package dev.theodoi.port;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.directory.UnitId;
import dev.theodoi.domain.internal.Texts;
import dev.theodoi.domain.task.TaskId;
import java.time.Instant;
import java.util.Optional;

/**
 * One immutable entry of a task's history: who changed what, when, from which value to which. Values are
 * kept as text in a stable form (dates ISO {@code 2026-06-30}, ids as given, sets as comma-separated ids).
 *
 * @param task the task
 * @param version the task version the change produced
 * @param kind what happened
 * @param actor who did it
 * @param at when
 * @param unit the unit concerned, for changes to one unit's assignment
 * @param field the field changed, e.g. {@code deadline}; for events without a field, the event's subject
 * @param oldValue the value before, if there was one
 * @param newValue the value after, if there is one
 */
public record HistoryEntry(
    TaskId task, long version, ChangeKind kind, OfficialId actor, Instant at, Optional<UnitId> unit,
    String field, Optional<String> oldValue, Optional<String> newValue) {
  public HistoryEntry {
    checkNotNull(task, "task is required");
    checkArgument(version >= 1, "version must be at least 1");
    checkNotNull(kind, "kind is required");
    checkNotNull(actor, "actor is required");
    checkNotNull(at, "time is required");
    checkNotNull(unit, "unit must be an Optional, not null");
    Texts.requireText(field, "field");
    checkNotNull(oldValue, "old value must be an Optional, not null");
    checkNotNull(newValue, "new value must be an Optional, not null");
  }
}
