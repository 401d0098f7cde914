package dev.theodoi.json;

import dev.theodoi.domain.TheodoiException;

/**
 * The file could not be read on: malformed JSON, an unknown format version, a duplicate key, nesting or a
 * string beyond the limits. The batch being read was not written; batches written before it stay, and
 * {@link #reportSoFar()} says what they were.
 */
public final class ImportFailedException extends TheodoiException {
  private static final long serialVersionUID = 1L;
  private final transient ImportReport reportSoFar;
  private final String pointer;

  ImportFailedException(String message, String pointer, ImportReport reportSoFar, Throwable cause) {
    super(message, cause);
    this.pointer = pointer;
    this.reportSoFar = reportSoFar;
  }

  /** Where in the file, as a JSON Pointer ({@code ""} for the whole file). */
  public String pointer() {
    return pointer;
  }

  /** What was written before the failure. */
  public ImportReport reportSoFar() {
    return reportSoFar;
  }
}
