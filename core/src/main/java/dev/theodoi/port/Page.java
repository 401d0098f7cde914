package dev.theodoi.port;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * One page of a list.
 *
 * @param items the rows of this page, in order
 * @param request the page asked for
 * @param total the number of rows on all pages
 */
public record Page<T>(List<T> items, PageRequest request, long total) {
  public Page {
    items = List.copyOf(items);
    checkNotNull(request, "request is required");
    checkArgument(total >= items.size(), "total %s is less than the items on the page", total);
  }

  public long totalPages() {
    return (total + request.size() - 1) / request.size();
  }
}
