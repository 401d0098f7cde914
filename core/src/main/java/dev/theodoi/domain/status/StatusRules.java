package dev.theodoi.domain.status;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.theodoi.domain.status.StatusFacts.ApprovedExtension;
import dev.theodoi.domain.status.StatusFacts.CompletionFact;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Optional;

/**
 * The status rules of the dashboards, as one pure function. For an as-of date T and effective deadline D:
 *
 * <table>
 * <caption>Statuses</caption>
 * <tr><th>status</th><th>rule</th></tr>
 * <tr><td>COMPLETED_ON_TIME</td><td>completed on C ≤ T, and C ≤ D (or no deadline)</td></tr>
 * <tr><td>COMPLETED_LATE</td><td>completed on C ≤ T, and C &gt; D</td></tr>
 * <tr><td>IN_PROGRESS</td><td>not completed by T, and T ≤ D (or no deadline)</td></tr>
 * <tr><td>OVERDUE</td><td>not completed by T, and T &gt; D</td></tr>
 * </table>
 *
 * <p>As-of semantics: D is the newest extension approved on or before T, else the original deadline. A
 * completion counts on T when its date C ≤ T, it was recorded on or before T, and it was not returned.
 * Instants (approval, recording) become dates in {@code zone}: an approval at 06:00 on 1 July in Hanoi
 * counts from 1 July, although it is still 30 June in UTC. "Deadline D" means until the end of day D.
 *
 * <p>Stateless and thread-safe.
 */
public final class StatusRules {
  private StatusRules() {}

  /**
   * Classifies one task or assignment.
   *
   * @param facts the deadline, approved extensions and completions
   * @param asOf the date T, in {@code zone}
   * @param zone the zone instants are read in (Asia/Ho_Chi_Minh for Vietnamese offices)
   * @param window the due-soon window
   * @return exactly one status with the facts it was judged on; never null
   * @throws dev.theodoi.domain.calendar.CalendarNotCoveredException if a working-day window needs a year
   *     its calendar does not cover
   */
  public static Classification classify(StatusFacts facts, LocalDate asOf, ZoneId zone, DueSoonWindow window) {
    checkNotNull(facts, "facts are required");
    checkNotNull(asOf, "as-of date is required");
    checkNotNull(zone, "zone is required");
    checkNotNull(window, "due-soon window is required");

    Optional<LocalDate> deadline = effectiveDeadline(facts, asOf, zone);
    Optional<CompletionFact> completion = facts.completions().stream()
        .filter(c -> !c.returned())
        .filter(c -> !c.completedOn().isAfter(asOf) && !dateOf(c.reportedAt(), zone).isAfter(asOf))
        .max(Comparator.comparing(CompletionFact::reportedAt));

    if (completion.isPresent()) {
      LocalDate completedOn = completion.get().completedOn();
      boolean late = deadline.isPresent() && completedOn.isAfter(deadline.get());
      return new Classification(asOf, late ? TaskStatus.COMPLETED_LATE : TaskStatus.COMPLETED_ON_TIME,
          deadline, Optional.of(completedOn), false);
    }
    boolean overdue = deadline.isPresent() && asOf.isAfter(deadline.get());
    if (overdue) {
      return new Classification(asOf, TaskStatus.OVERDUE, deadline, Optional.empty(), false);
    }
    boolean dueSoon = deadline.isPresent() && window.isDueSoon(asOf, deadline.get());
    return new Classification(asOf, TaskStatus.IN_PROGRESS, deadline, Optional.empty(), dueSoon);
  }

  /** The deadline in force on {@code asOf}: the newest extension approved by then, else the original. */
  public static Optional<LocalDate> effectiveDeadline(StatusFacts facts, LocalDate asOf, ZoneId zone) {
    return facts.approvedExtensions().stream()
        .filter(e -> !dateOf(e.approvedAt(), zone).isAfter(asOf))
        .max(Comparator.comparing(ApprovedExtension::approvedAt))
        .map(ApprovedExtension::newDeadline)
        .or(facts::originalDeadline);
  }

  private static LocalDate dateOf(Instant instant, ZoneId zone) {
    return LocalDate.ofInstant(instant, zone);
  }
}
