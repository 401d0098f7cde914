package dev.theodoi.json;

/**
 * One record an import did not write.
 *
 * @param pointer where it is in the file, as a JSON Pointer (RFC 6901), e.g. {@code /tasks/17/deadline}
 * @param reason what is wrong, e.g. {@code Invalid date 'FEBRUARY 30'}
 */
public record Rejection(String pointer, String reason) {
  @Override
  public String toString() {
    return pointer + ": " + reason;
  }
}
