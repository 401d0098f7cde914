package dev.theodoi.domain.task;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import dev.theodoi.domain.directory.OfficialId;
import dev.theodoi.domain.directory.UnitId;
import dev.theodoi.domain.document.DocumentId;
import dev.theodoi.domain.internal.Texts;
import dev.theodoi.domain.status.Classification;
import dev.theodoi.domain.status.DueSoonWindow;
import dev.theodoi.domain.status.StatusFacts;
import dev.theodoi.domain.status.StatusRules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A task (nhiệm vụ) tracked on a document: what is to be done, who directs and who tracks it, by when, and
 * each unit's assignment with its reports and completions. The aggregate: it is stored and versioned as one.
 *
 * <p>A task's own status is its lead unit's: the lead unit is accountable for the whole task. Each unit's
 * assignment also has a status of its own, against the task's deadline.
 *
 * <p>Immutable; every change returns a new task with the same version. The store raises the version when it
 * saves, and refuses a save whose version is stale.
 *
 * @param id the task's id
 * @param document the document the task comes from
 * @param trackingContent nội dung theo dõi, at most {@value #MAX_TEXT} characters
 * @param directionContent nội dung chỉ đạo, at most {@value #MAX_TEXT} characters
 * @param directingLeader người chỉ đạo
 * @param trackingSpecialist chuyên viên theo dõi
 * @param deadline the original deadline (thời hạn); empty for a task without deadline
 * @param assignments exactly one lead unit and any number of coordinating units, each unit once
 * @param extensions extension requests, oldest first; only the last may be pending
 * @param withdrawal the office's withdrawal, if it withdrew the task
 * @param createdBy the specialist who created it
 * @param createdAt when; the task counts on dashboards from this instant's date on
 * @param version the optimistic-locking version, 0 for a task never saved
 */
public record Task(
    TaskId id,
    DocumentId document,
    String trackingContent,
    String directionContent,
    OfficialId directingLeader,
    OfficialId trackingSpecialist,
    Optional<LocalDate> deadline,
    List<Assignment> assignments,
    List<ExtensionRequest> extensions,
    Optional<Withdrawal> withdrawal,
    OfficialId createdBy,
    Instant createdAt,
    long version) {

  /** Longest tracking or direction content accepted. */
  public static final int MAX_TEXT = 20_000;

  public Task {
    checkNotNull(id, "task id is required");
    checkNotNull(document, "document is required");
    Texts.requireText(trackingContent, "tracking content");
    checkArgument(trackingContent.length() <= MAX_TEXT, "tracking content must be at most %s characters", MAX_TEXT);
    Texts.requireText(directionContent, "direction content");
    checkArgument(directionContent.length() <= MAX_TEXT, "direction content must be at most %s characters", MAX_TEXT);
    checkNotNull(directingLeader, "directing leader is required");
    checkNotNull(trackingSpecialist, "tracking specialist is required");
    checkNotNull(deadline, "deadline must be an Optional, not null");
    assignments = ImmutableList.copyOf(assignments);
    extensions = ImmutableList.copyOf(extensions);
    checkNotNull(withdrawal, "withdrawal must be an Optional, not null");
    checkNotNull(createdBy, "creator is required");
    checkNotNull(createdAt, "creation time is required");
    checkArgument(version >= 0, "version must not be negative");

    long leads = assignments.stream().filter(Assignment::isLead).count();
    checkArgument(leads == 1, "a task needs exactly one lead unit, has %s", leads);
    Set<UnitId> seen = new HashSet<>();
    for (Assignment a : assignments) {
      checkArgument(seen.add(a.unit()), "unit %s is assigned twice", a.unit());
    }
    checkArgument(extensions.isEmpty() || deadline.isPresent(), "a task without deadline cannot have extensions");
    for (int i = 0; i < extensions.size() - 1; i++) {
      checkArgument(!extensions.get(i).isPending(), "only the last extension request may be pending");
    }
  }

  /**
   * A new task, never saved (version 0).
   *
   * @throws IllegalArgumentException naming the field, if an invariant does not hold
   */
  public static Task create(
      TaskId id, DocumentId document, String trackingContent, String directionContent, OfficialId directingLeader,
      OfficialId trackingSpecialist, Optional<LocalDate> deadline, List<Assignment> assignments,
      OfficialId createdBy, Instant createdAt) {
    return new Task(id, document, trackingContent, directionContent, directingLeader, trackingSpecialist,
        deadline, assignments, List.of(), Optional.empty(), createdBy, createdAt, 0);
  }

  /** The lead unit's assignment. */
  public Assignment lead() {
    return assignments.stream().filter(Assignment::isLead).findFirst().orElseThrow();
  }

  /** The coordinating units' assignments, in order. */
  public List<Assignment> coordinating() {
    return assignments.stream().filter(a -> !a.isLead()).toList();
  }

  /** The assignment of {@code unit}, if the unit is assigned. */
  public Optional<Assignment> assignment(UnitId unit) {
    return assignments.stream().filter(a -> a.unit().equals(unit)).findFirst();
  }

  /** The deadline now: the last approved extension's date, else the original. */
  public Optional<LocalDate> currentDeadline() {
    return extensions.stream()
        .filter(ExtensionRequest::isApproved)
        .max(Comparator.comparing(e -> e.decision().orElseThrow().decidedAt()))
        .map(ExtensionRequest::requestedDeadline)
        .or(() -> deadline);
  }

  /** The extension request awaiting a decision, if any. */
  public Optional<ExtensionRequest> pendingExtension() {
    return extensions.isEmpty() || !extensions.get(extensions.size() - 1).isPending()
        ? Optional.empty()
        : Optional.of(extensions.get(extensions.size() - 1));
  }

  public boolean isWithdrawn() {
    return withdrawal.isPresent();
  }

  /** Whether the task counts on {@code asOf}: created on or before it and not withdrawn by then. */
  public boolean countsOn(LocalDate asOf, ZoneId zone) {
    return !LocalDate.ofInstant(createdAt, zone).isAfter(asOf)
        && withdrawal.map(w -> LocalDate.ofInstant(w.withdrawnAt(), zone).isAfter(asOf)).orElse(true);
  }

  /** The status facts of one unit's assignment: the task's deadline history and that unit's completions. */
  public StatusFacts statusFacts(UnitId unit) {
    Assignment a = assignment(unit)
        .orElseThrow(() -> new IllegalArgumentException("unit " + unit + " is not assigned to task " + id));
    List<StatusFacts.ApprovedExtension> approved = extensions.stream()
        .filter(ExtensionRequest::isApproved)
        .map(e -> new StatusFacts.ApprovedExtension(e.requestedDeadline(), e.decision().orElseThrow().decidedAt()))
        .toList();
    List<StatusFacts.CompletionFact> done = a.completions().stream()
        .map(c -> new StatusFacts.CompletionFact(c.completedOn(), c.reportedAt(), c.isReturned()))
        .toList();
    return new StatusFacts(deadline, approved, done);
  }

  /** The status facts of the task itself: its lead unit's. */
  public StatusFacts statusFacts() {
    return statusFacts(lead().unit());
  }

  /** The task's status on {@code asOf} (its lead unit's). */
  public Classification classify(LocalDate asOf, ZoneId zone, DueSoonWindow window) {
    return StatusRules.classify(statusFacts(), asOf, zone, window);
  }

  /** One unit's status on {@code asOf}. */
  public Classification classify(UnitId unit, LocalDate asOf, ZoneId zone, DueSoonWindow window) {
    return StatusRules.classify(statusFacts(unit), asOf, zone, window);
  }

  // ---- changes: each returns a new task with the same version ----

  /** This task with edited tracking information. */
  public Task edited(String trackingContent, String directionContent, OfficialId directingLeader,
      OfficialId trackingSpecialist, Optional<LocalDate> deadline) {
    return new Task(id, document, trackingContent, directionContent, directingLeader, trackingSpecialist,
        deadline, assignments, extensions, withdrawal, createdBy, createdAt, version);
  }

  /** This task with one unit's assignment changed by {@code change}. */
  public Task withAssignment(UnitId unit, UnaryOperator<Assignment> change) {
    checkArgument(assignment(unit).isPresent(), "unit %s is not assigned to task %s", unit, id);
    List<Assignment> updated = assignments.stream()
        .map(a -> a.unit().equals(unit) ? change.apply(a) : a)
        .toList();
    return withAssignments(updated);
  }

  /** This task with its assignments replaced (re-assigning units keeps the reports of units that stay). */
  public Task withAssignments(List<Assignment> updated) {
    return new Task(id, document, trackingContent, directionContent, directingLeader, trackingSpecialist,
        deadline, updated, extensions, withdrawal, createdBy, createdAt, version);
  }

  /** This task with a new extension request; none may be pending. */
  public Task withExtensionRequest(ExtensionRequest request) {
    checkState(pendingExtension().isEmpty(), "task %s already has a pending extension request", id);
    return withExtensions(ImmutableList.<ExtensionRequest>builder().addAll(extensions).add(request).build());
  }

  /** This task with the pending extension request decided. */
  public Task withExtensionDecision(ExtensionDecision decision) {
    ExtensionRequest pending = pendingExtension()
        .orElseThrow(() -> new IllegalStateException("task " + id + " has no pending extension request"));
    return withExtensions(ImmutableList.<ExtensionRequest>builder()
        .addAll(extensions.subList(0, extensions.size() - 1))
        .add(pending.decided(decision))
        .build());
  }

  private Task withExtensions(List<ExtensionRequest> updated) {
    return new Task(id, document, trackingContent, directionContent, directingLeader, trackingSpecialist,
        deadline, assignments, updated, withdrawal, createdBy, createdAt, version);
  }

  /** This task, withdrawn. */
  public Task withdrawn(Withdrawal w) {
    checkState(!isWithdrawn(), "task %s is already withdrawn", id);
    return new Task(id, document, trackingContent, directionContent, directingLeader, trackingSpecialist,
        deadline, assignments, extensions, Optional.of(w), createdBy, createdAt, version);
  }

  /** This task at another version; used by stores when they save and load. */
  public Task withVersion(long newVersion) {
    return new Task(id, document, trackingContent, directionContent, directingLeader, trackingSpecialist,
        deadline, assignments, extensions, withdrawal, createdBy, createdAt, newVersion);
  }
}
