package dev.theodoi.examples.cli;

/** Input data the tool cannot use; exit code 3 with the message on stderr. */
final class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InvalidInputException(String message) {
    super(message);
  }
}
