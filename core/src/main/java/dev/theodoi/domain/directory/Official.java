package dev.theodoi.domain.directory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Sets;
import dev.theodoi.domain.internal.Texts;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An official (cán bộ, công chức) of one unit.
 *
 * @param id the host's identifier
 * @param fullName full name with diacritics, e.g. {@code Nguyễn Thị Đào}
 * @param email official e-mail (hòm thư công vụ), the login the host established
 * @param unit the one unit the official belongs to
 * @param roles at least one role; an unmodifiable copy is kept
 */
public record Official(OfficialId id, String fullName, String email, UnitId unit, Set<Role> roles) {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  public Official {
    checkNotNull(id, "official id is required");
    Texts.requireText(fullName, "full name");
    Texts.requireText(email, "email");
    checkArgument(EMAIL.matcher(email).matches(), "email '%s' is not an e-mail address", email);
    checkNotNull(unit, "unit is required");
    checkNotNull(roles, "roles are required");
    checkArgument(!roles.isEmpty(), "an official needs at least one role");
    roles = Sets.immutableEnumSet(EnumSet.copyOf(roles));
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }
}
