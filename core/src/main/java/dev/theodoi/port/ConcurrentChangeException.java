package dev.theodoi.port;

import dev.theodoi.domain.TheodoiException;

/**
 * An update was based on a version that is no longer current: someone else changed the record in between.
 * Reload, and retry or tell the user.
 */
public final class ConcurrentChangeException extends TheodoiException {
  private static final long serialVersionUID = 1L;
  private final String recordId;
  private final long expectedVersion;

  public ConcurrentChangeException(String what, String recordId, long expectedVersion) {
    super(what + " " + recordId + " was changed by someone else since version " + expectedVersion
        + "; reload it and try again");
    this.recordId = recordId;
    this.expectedVersion = expectedVersion;
  }

  public String recordId() {
    return recordId;
  }

  public long expectedVersion() {
    return expectedVersion;
  }
}
