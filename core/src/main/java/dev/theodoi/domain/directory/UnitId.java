package dev.theodoi.domain.directory;

import dev.theodoi.domain.internal.Texts;

/**
 * Identifier of a {@link Unit}, as the host's directory knows it.
 *
 * @param value non-blank, no surrounding white space, at most 200 characters
 */
public record UnitId(String value) {
  public UnitId {
    Texts.requireId(value, "unit id");
  }

  public static UnitId of(String value) {
    return new UnitId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
