package dev.theodoi.domain.calendar;

import dev.theodoi.domain.TheodoiException;

/** A calendar file could not be read; the message names the source, the line and the problem. */
public final class InvalidCalendarDataException extends TheodoiException {
  private static final long serialVersionUID = 1L;

  InvalidCalendarDataException(String message) {
    super(message);
  }

  InvalidCalendarDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
