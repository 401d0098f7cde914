package dev.theodoi.application;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Sets;
import dev.theodoi.domain.directory.Official;
import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.directory.Role;
import dev.theodoi.domain.directory.UnitId;
import java.util.EnumSet;
import java.util.Set;

/**
 * The official acting, as the host's login established them: the library trusts it and checks each action
 * against these roles and this unit.
 *
 * @param official who acts
 * @param unit their unit
 * @param roles their roles in that unit (at least one)
 */
public record Actor(OfficialId official, UnitId unit, Set<Role> roles) {
  public Actor {
    checkNotNull(official, "official is required");
    checkNotNull(unit, "unit is required");
    checkNotNull(roles, "roles are required");
    checkArgument(!roles.isEmpty(), "an actor needs at least one role");
    roles = Sets.immutableEnumSet(EnumSet.copyOf(roles));
  }

  /** The actor for an official of the directory, with all their roles. */
  public static Actor of(Official official) {
    return new Actor(official.id(), official.unit(), official.roles());
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  @Override
  public String toString() {
    return official + " (" + roles + " of " + unit + ")";
  }
}
