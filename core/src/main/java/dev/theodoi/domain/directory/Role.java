package dev.theodoi.domain.directory;

/** What an official may do in their unit. One official may hold several roles, always within one unit. */
public enum Role {
  /** Văn thư: forwards issued documents to specialists. */
  CLERK("Văn thư"),
  /** Chuyên viên: tracks tasks in the office; reports on assignments in a unit. */
  SPECIALIST("Chuyên viên"),
  /** Lãnh đạo: sees everything in scope; decides extensions in the office. */
  LEADER("Lãnh đạo");

  private final String vietnameseName;

  Role(String vietnameseName) {
    this.vietnameseName = vietnameseName;
  }

  /** The Vietnamese name of the role, e.g. {@code Chuyên viên}. */
  public String vietnameseName() {
    return vietnameseName;
  }
}
