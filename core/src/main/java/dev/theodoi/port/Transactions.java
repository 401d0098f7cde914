package dev.theodoi.port;

import java.util.function.Supplier;

/**
 * The transaction boundary: each use case is one unit of work. A call nested inside another joins it.
 * When {@code work} throws, nothing it wrote through the store's ports is kept, and the exception propagates.
 */
@FunctionalInterface
public interface Transactions {
  <T> T inTransaction(Supplier<T> work);
}
