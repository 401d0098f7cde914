package dev.theodoi.port;

import dev.theodoi.domain.document.DocumentId;
import dev.theodoi.domain.task.Task;
import dev.theodoi.domain.task.TaskId;
import java.util.List;
import java.util.Optional;

/**
 * The tasks, each stored as one versioned aggregate with its assignments, reports, completions, extensions
 * and withdrawal. Implementations are thread-safe; writes happen inside {@link Transactions#inTransaction}.
 */
public interface Tasks {
  /**
   * Stores a new task (its version must be 0).
   *
   * @return the stored task, at version 1
   * @throws DuplicateKeyException if a task with that id exists
   */
  Task add(Task task);

  /**
   * Stores a changed task whose {@link Task#version()} is the version it was read at.
   *
   * @return the stored task, at the next version
   * @throws ConcurrentChangeException if the stored version is no longer that version
   * @throws NotFoundException if no such task is stored
   */
  Task update(Task task);

  /** The task with this id, at its stored version. */
  Optional<Task> find(TaskId id);

  /** The stored tasks among {@code ids}, by id; absent ids are left out. For bulk imports. */
  default java.util.Map<TaskId, Task> findAll(java.util.Collection<TaskId> ids) {
    java.util.Map<TaskId, Task> found = new java.util.LinkedHashMap<>();
    for (TaskId id : ids) {
      find(id).ifPresent(t -> found.put(id, t));
    }
    return found;
  }

  /**
   * Stores many new tasks at once, as {@link #add} would one by one. For bulk imports.
   *
   * @return the stored tasks, at version 1, in order
   * @throws DuplicateKeyException if a task id is taken; {@link NotFoundException} if a document is missing
   */
  default List<Task> addAll(List<Task> tasks) {
    return tasks.stream().map(this::add).toList();
  }

  /**
   * All tasks in id order (by UTF-16 code units, as {@link String#compareTo}), {@code limit} at a time: the ones
   * whose id comes after {@code after}, or the first ones when it is empty. For exports.
   */
  List<Task> page(Optional<TaskId> after, int limit);

  /** The tasks on one document, in creation order. */
  List<Task> ofDocument(DocumentId document);
}
