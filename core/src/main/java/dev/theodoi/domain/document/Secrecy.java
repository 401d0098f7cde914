package dev.theodoi.domain.document;

/** Độ mật: the secrecy grade of a document, from the highest. */
public enum Secrecy {
  /** Tuyệt mật. */
  TOP_SECRET("Tuyệt mật"),
  /** Tối mật. */
  SECRET("Tối mật"),
  /** Mật. */
  CONFIDENTIAL("Mật");

  private final String vietnameseName;

  Secrecy(String vietnameseName) {
    this.vietnameseName = vietnameseName;
  }

  public String vietnameseName() {
    return vietnameseName;
  }
}
