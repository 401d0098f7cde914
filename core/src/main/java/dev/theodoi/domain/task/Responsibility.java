package dev.theodoi.domain.task;

/** A unit's part in a task. */
public enum Responsibility {
  /** Đơn vị chủ trì: accountable for the task; exactly one per task. */
  LEAD("Chủ trì"),
  /** Đơn vị phối hợp: helps the lead unit. */
  COORDINATING("Phối hợp");

  private final String vietnameseName;

  Responsibility(String vietnameseName) {
    this.vietnameseName = vietnameseName;
  }

  public String vietnameseName() {
    return vietnameseName;
  }
}
