package dev.theodoi.domain.status;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the status rules need to know about one task or assignment: the original deadline, the approved
 * extensions with the instant each was approved, and the reported completions. Refused and pending
 * extension requests are not facts here; they never move the deadline.
 *
 * @param originalDeadline the deadline set when the task was assigned; empty for a task without deadline
 * @param approvedExtensions approved extensions, in any order
 * @param completions reported completions, in any order, returned ones included (they never count)
 */
public record StatusFacts(
    Optional<LocalDate> originalDeadline, List<ApprovedExtension> approvedExtensions, List<CompletionFact> completions) {

  public StatusFacts {
    checkNotNull(originalDeadline, "original deadline must be an Optional, not null");
    approvedExtensions = List.copyOf(approvedExtensions);
    completions = List.copyOf(completions);
  }

  /** A task with this deadline (or none), no extension and no completion. */
  public static StatusFacts withDeadline(Optional<LocalDate> deadline) {
    return new StatusFacts(deadline, List.of(), List.of());
  }

  /** These facts plus one approved extension. */
  public StatusFacts plus(ApprovedExtension extension) {
    return new StatusFacts(originalDeadline, concat(approvedExtensions, extension), completions);
  }

  /** These facts plus one completion. */
  public StatusFacts plus(CompletionFact completion) {
    return new StatusFacts(originalDeadline, approvedExtensions, concat(completions, completion));
  }

  private static <T> List<T> concat(List<T> list, T item) {
    checkNotNull(item, "item is required");
    return com.google.common.collect.ImmutableList.<T>builder().addAll(list).add(item).build();
  }

  /**
   * An approved extension.
   *
   * @param newDeadline the date approved
   * @param approvedAt when the leader approved it; it counts from that instant's date in the zone on
   */
  public record ApprovedExtension(LocalDate newDeadline, Instant approvedAt) {
    public ApprovedExtension {
      checkNotNull(newDeadline, "new deadline is required");
      checkNotNull(approvedAt, "approval time is required");
    }
  }

  /**
   * A reported completion.
   *
   * @param completedOn the date of the unit's result, against which timeliness is judged
   * @param reportedAt when it was recorded; it counts from that instant's date in the zone on
   * @param returned whether the office returned it (then it never counts)
   */
  public record CompletionFact(LocalDate completedOn, Instant reportedAt, boolean returned) {
    public CompletionFact {
      checkNotNull(completedOn, "completion date is required");
      checkNotNull(reportedAt, "report time is required");
    }
  }
}
