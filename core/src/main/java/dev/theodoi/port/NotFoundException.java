package dev.theodoi.port;

import dev.theodoi.domain.TheodoiException;

/** A document or task the caller named does not exist. */
public final class NotFoundException extends TheodoiException {
  private static final long serialVersionUID = 1L;
  private final String kind;
  private final String id;

  public NotFoundException(String kind, String id) {
    super("no " + kind + " with id " + id);
    this.kind = kind;
    this.id = id;
  }

  /** {@code task} or {@code document}. */
  public String kind() {
    return kind;
  }

  public String id() {
    return id;
  }
}
