package dev.theodoi.domain.task;

import dev.theodoi.domain.internal.Texts;

/**
 * Identifier of a {@link Task}: the host's key when it imports tasks, otherwise a random UUID the library makes.
 *
 * @param value non-blank, no surrounding white space, at most 200 characters
 */
public record TaskId(String value) {
  public TaskId {
    Texts.requireId(value, "task id");
  }

  public static TaskId of(String value) {
    return new TaskId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
