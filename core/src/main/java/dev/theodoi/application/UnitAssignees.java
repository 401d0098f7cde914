package dev.theodoi.application;

import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.directory.UnitId;
import jakarta.validation.constraints.NotNull;
import java.util.Set;

/**
 * A unit to assign and the officials of that unit responsible for reporting (may be empty: the unit's
 * leader names them later).
 */
public record UnitAssignees(@NotNull UnitId unit, @NotNull Set<OfficialId> assignees) {
  public static UnitAssignees of(UnitId unit, OfficialId... assignees) {
    return new UnitAssignees(unit, com.google.common.collect.ImmutableSet.copyOf(assignees));
  }
}
