package dev.theodoi.inmemory.archviolation;

import dev.theodoi.application.Theodoi;

/** Deliberately breaks "adapters do not depend on the use cases", to show ArchitectureTest's rule fires. */
public final class AdapterThatCallsAUseCase {
  private AdapterThatCallsAUseCase() {}

  public static Object zone(Theodoi theodoi) {
    return theodoi.zone();
  }
}
