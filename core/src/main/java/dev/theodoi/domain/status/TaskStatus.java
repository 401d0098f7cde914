package dev.theodoi.domain.status;

/**
 * The status of a task (or of one unit's assignment) on a date. Every task is in exactly one of these four
 * on any date; see {@link StatusRules} for the rules.
 */
public enum TaskStatus {
  /** Completed on or before the effective deadline (or with no deadline). Shown green. */
  COMPLETED_ON_TIME("Đã hoàn thành đúng hạn", "Completed on time"),
  /** Completed after the effective deadline. Shown orange. */
  COMPLETED_LATE("Đã hoàn thành quá hạn", "Completed late"),
  /** Not completed, and the deadline has not passed (or there is none). Shown blue. */
  IN_PROGRESS("Đang thực hiện trong hạn", "In progress"),
  /** Not completed, and the deadline has passed. Shown red. */
  OVERDUE("Quá hạn chưa hoàn thành", "Overdue");

  private final String vietnameseLabel;
  private final String englishLabel;

  TaskStatus(String vietnameseLabel, String englishLabel) {
    this.vietnameseLabel = vietnameseLabel;
    this.englishLabel = englishLabel;
  }

  /** The label Vietnamese trackers use, e.g. {@code Quá hạn chưa hoàn thành}. */
  public String vietnameseLabel() {
    return vietnameseLabel;
  }

  /** The English label, e.g. {@code Overdue}. */
  public String englishLabel() {
    return englishLabel;
  }

  /** Whether this is one of the two completed statuses. */
  public boolean isCompleted() {
    return this == COMPLETED_ON_TIME || this == COMPLETED_LATE;
  }
}
