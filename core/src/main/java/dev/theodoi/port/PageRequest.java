package dev.theodoi.port;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Which page of a list: pages are numbered from 1.
 *
 * @param page 1 or more
 * @param size 1 to {@value #MAX_SIZE} rows
 */
public record PageRequest(int page, int size) {
  public static final int MAX_SIZE = 500;

  public PageRequest {
    checkArgument(page >= 1, "page must be at least 1, was %s", page);
    checkArgument(size >= 1 && size <= MAX_SIZE, "page size must be 1 to %s, was %s", MAX_SIZE, size);
  }

  public static PageRequest first(int size) {
    return new PageRequest(1, size);
  }

  /** Rows to skip before this page. */
  public long offset() {
    return (long) (page - 1) * size;
  }
}
