package dev.theodoi.domain.directory;

import static com.google.common.base.Preconditions.checkArgument;

import dev.theodoi.domain.internal.Texts;

/**
 * The kind of a unit, as data rather than a fixed enum: since 2025 Vietnam has two tiers of local
 * government and provinces merge, so a host may use kinds the library does not list. The constants are the
 * common ones; only {@link #OFFICE} has a meaning to the library (the office that tracks tasks).
 *
 * @param code lower-case ASCII letters, digits, '-' or '_'; e.g. {@code department}
 */
public record UnitKind(String code) {
  /** Văn phòng UBND: the office that issues, assigns and tracks tasks. */
  public static final UnitKind OFFICE = new UnitKind("office");
  /** Sở, ban, ngành. */
  public static final UnitKind DEPARTMENT = new UnitKind("department");
  /** UBND xã, phường, đặc khu. */
  public static final UnitKind COMMUNE = new UnitKind("commune");
  /** UBND huyện (before 1 July 2025). */
  public static final UnitKind DISTRICT = new UnitKind("district");
  /** Other agencies (cơ quan, đơn vị sự nghiệp, doanh nghiệp nhà nước). */
  public static final UnitKind AGENCY = new UnitKind("agency");

  public UnitKind {
    Texts.requireText(code, "unit kind");
    checkArgument(code.matches("[a-z0-9_-]{1,40}"),
        "unit kind '%s' must be 1 to 40 lower-case ASCII letters, digits, '-' or '_'", code);
  }

  public static UnitKind of(String code) {
    return new UnitKind(code);
  }

  public boolean isOffice() {
    return equals(OFFICE);
  }

  @Override
  public String toString() {
    return code;
  }
}
