package dev.theodoi.domain.task;

/** What the office decided about a reported completion. */
public enum ReviewOutcome {
  /** Xác nhận hoàn thành. */
  CONFIRMED,
  /** Trả lại: the unit must redo it; the completion no longer counts. */
  RETURNED
}
