package dev.theodoi.contract;

import dev.theodoi.domain.document.Document;
import dev.theodoi.port.TrackingStore;
import dev.theodoi.testing.Fixtures;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the contract suites: a fresh, empty store for every test from {@link #newStore()}, released by
 * {@link #releaseStore} afterwards.
 */
public abstract class StoreContract {
  protected TrackingStore store;

  /** A new, empty store. Called before every test. */
  protected abstract TrackingStore newStore();

  /** Releases a store made by {@link #newStore()}; by default nothing. */
  protected void releaseStore(TrackingStore store) {}

  @BeforeEach
  void openStore() {
    store = newStore();
  }

  @AfterEach
  void closeStore() {
    releaseStore(store);
  }

  /** Runs {@code work} in a store transaction. */
  protected <T> T tx(Supplier<T> work) {
    return store.transactions().inTransaction(work);
  }

  /** Stores a document in its own transaction. */
  protected Document stored(Document d) {
    tx(() -> {
      store.documents().add(d);
      return null;
    });
    return d;
  }

  protected static Document directive(String id, int number) {
    return Fixtures.directive(id, number, Fixtures.d2026(1, 5));
  }
}
