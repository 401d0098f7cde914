package dev.theodoi.domain.directory;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.theodoi.domain.internal.Texts;

/**
 * A unit (đơn vị): the provincial office, a department, a commune, an agency.
 *
 * @param id the host's identifier
 * @param code short code, e.g. {@code SYT} or {@code VP-UBND}; non-blank
 * @param name full name with Vietnamese diacritics, e.g. {@code Sở Y tế}; non-blank
 * @param kind the unit's kind, as data
 */
public record Unit(UnitId id, String code, String name, UnitKind kind) {
  public Unit {
    checkNotNull(id, "unit id is required");
    Texts.requireText(code, "unit code");
    Texts.requireText(name, "unit name");
    checkNotNull(kind, "unit kind is required");
  }

  /** Whether this is the tracking office (Văn phòng UBND). */
  public boolean isOffice() {
    return kind.isOffice();
  }
}
