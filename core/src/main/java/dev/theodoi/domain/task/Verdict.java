package dev.theodoi.domain.task;

/** The decision on an extension request. */
public enum Verdict {
  /** Đồng ý gia hạn: the requested date becomes the effective deadline. */
  APPROVED,
  /** Không đồng ý: the deadline stays. */
  REFUSED
}
