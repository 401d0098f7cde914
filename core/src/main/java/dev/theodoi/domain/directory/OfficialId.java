package dev.theodoi.domain.directory;

import dev.theodoi.domain.internal.Texts;

/**
 * Identifier of a {@link Official}, as the host's directory knows it.
 *
 * @param value non-blank, no surrounding white space, at most 200 characters
 */
public record OfficialId(String value) {
  public OfficialId {
    Texts.requireId(value, "official id");
  }

  public static OfficialId of(String value) {
    return new OfficialId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
