package dev.theodoi.port.archviolation;

import dev.theodoi.application.Theodoi;

/** Deliberately breaks "ports do not depend on the use cases", to show ArchitectureTest's rule fires. */
public final class PortThatCallsAUseCase {
  private PortThatCallsAUseCase() {}

  public static Object zone(Theodoi theodoi) {
    return theodoi.zone();
  }
}
