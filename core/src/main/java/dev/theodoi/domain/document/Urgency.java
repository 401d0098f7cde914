package dev.theodoi.domain.document;

/** Độ khẩn: how urgently a document must be handled, from the most urgent. */
public enum Urgency {
  /** Hỏa tốc. */
  FLASH("Hỏa tốc"),
  /** Thượng khẩn. */
  IMMEDIATE("Thượng khẩn"),
  /** Khẩn. */
  URGENT("Khẩn");

  private final String vietnameseName;

  Urgency(String vietnameseName) {
    this.vietnameseName = vietnameseName;
  }

  public String vietnameseName() {
    return vietnameseName;
  }
}
