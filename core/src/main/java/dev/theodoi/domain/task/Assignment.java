package dev.theodoi.domain.task;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.directory.UnitId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One unit's share of a task (giao việc): the unit, whether it leads or coordinates, the officials
 * responsible for reporting (người được giao), and the unit's own progress reports and completions. A
 * unit's dashboard counts its assignments.
 *
 * @param unit the unit
 * @param responsibility lead or coordinating
 * @param assignees the responsible officials of that unit, in the order given; may be empty until the unit
 *     leader names them
 * @param reports progress reports, oldest first
 * @param completions reported completions, oldest first; every one but the last was returned
 */
public record Assignment(
    UnitId unit,
    Responsibility responsibility,
    Set<OfficialId> assignees,
    List<ProgressReport> reports,
    List<Completion> completions) {

  public Assignment {
    checkNotNull(unit, "unit is required");
    checkNotNull(responsibility, "responsibility is required");
    assignees = ImmutableSet.copyOf(assignees);
    reports = ImmutableList.copyOf(reports);
    completions = ImmutableList.copyOf(completions);
    for (int i = 0; i < completions.size() - 1; i++) {
      checkArgument(completions.get(i).isReturned(),
          "unit %s: only the last completion may stand; earlier ones must have been returned", unit);
    }
  }

  /** A new assignment with no report and no completion yet. */
  public static Assignment of(UnitId unit, Responsibility responsibility, Set<OfficialId> assignees) {
    return new Assignment(unit, responsibility, assignees, List.of(), List.of());
  }

  public boolean isLead() {
    return responsibility == Responsibility.LEAD;
  }

  /** The completion that stands: the last one, unless the office returned it. */
  public Optional<Completion> currentCompletion() {
    return completions.isEmpty() || completions.get(completions.size() - 1).isReturned()
        ? Optional.empty()
        : Optional.of(completions.get(completions.size() - 1));
  }

  public boolean isAssignee(OfficialId official) {
    return assignees.contains(official);
  }

  /** This assignment with other responsible officials. */
  public Assignment withAssignees(Set<OfficialId> officials) {
    return new Assignment(unit, responsibility, officials, reports, completions);
  }

  /** This assignment with one more progress report. */
  public Assignment withReport(ProgressReport report) {
    return new Assignment(unit, responsibility, assignees,
        ImmutableList.<ProgressReport>builder().addAll(reports).add(report).build(), completions);
  }

  /** This assignment with one more completion; the current one must not stand. */
  public Assignment withCompletion(Completion completion) {
    checkState(currentCompletion().isEmpty(), "unit %s has already reported completion", unit);
    return new Assignment(unit, responsibility, assignees, reports,
        ImmutableList.<Completion>builder().addAll(completions).add(completion).build());
  }

  /** This assignment with the office's review of the completion awaiting it. */
  public Assignment withReview(CompletionReview review) {
    Completion current = currentCompletion()
        .filter(Completion::isAwaitingReview)
        .orElseThrow(() -> new IllegalStateException("unit " + unit + " has no completion awaiting review"));
    List<Completion> updated = ImmutableList.<Completion>builder()
        .addAll(completions.subList(0, completions.size() - 1))
        .add(current.reviewed(review))
        .build();
    return new Assignment(unit, responsibility, assignees, reports, updated);
  }
}
