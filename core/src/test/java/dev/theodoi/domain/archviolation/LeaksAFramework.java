package dev.theodoi.domain.archviolation;

import org.assertj.core.api.Assertions;

/**
 * Deliberately breaks the domain's dependency allow-list (it uses AssertJ), so {@code ArchitectureTest} can
 * show that its rule fires. It lives in the test sources only and is never part of the library.
 */
public final class LeaksAFramework {
  private LeaksAFramework() {}

  public static void check(Object o) {
    Assertions.assertThat(o).isNotNull();
  }
}
