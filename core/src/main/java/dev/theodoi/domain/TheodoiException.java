package dev.theodoi.domain;

/**
 * Base class of every exception the library throws on purpose. All of them are unchecked; the subclass
 * names what failed (an invalid document number, a calendar year without data, a refused command, a
 * stale update, …). A caller that wants to handle "anything theodoi refused" catches this type.
 */
public abstract class TheodoiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected TheodoiException(String message) {
    super(message);
  }

  protected TheodoiException(String message, Throwable cause) {
    super(message, cause);
  }
}
