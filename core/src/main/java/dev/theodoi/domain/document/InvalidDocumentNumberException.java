package dev.theodoi.domain.document;

import dev.theodoi.domain.TheodoiException;

/** A text is not a valid document number; the message says what is wrong and quotes the input. */
public final class InvalidDocumentNumberException extends TheodoiException {
  private static final long serialVersionUID = 1L;
  private final String input;
  private final String problem;

  InvalidDocumentNumberException(String input, String problem) {
    super("invalid document number '" + input + "': " + problem);
    this.input = input;
    this.problem = problem;
  }

  /** The text that was parsed, as given (may be empty, never null). */
  public String input() {
    return input;
  }

  /** What is wrong, without the input, e.g. {@code missing '/' between number and symbol}. */
  public String problem() {
    return problem;
  }
}
