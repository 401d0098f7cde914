package dev.theodoi.application;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.theodoi.domain.directory.Official;
import dev.theodoi.domain.directory.Role;
import dev.theodoi.domain.status.StatusCounts;
import dev.theodoi.domain.task.Task;
import dev.theodoi.domain.task.TaskId;
import dev.theodoi.port.Grouping;
import dev.theodoi.port.HistoryEntry;
import dev.theodoi.port.NotFoundException;
import dev.theodoi.port.Page;
import dev.theodoi.port.PageRequest;
import dev.theodoi.port.Period;
import dev.theodoi.port.Scope;
import dev.theodoi.port.StatisticsRow;
import dev.theodoi.port.TaskFilter;
import dev.theodoi.port.TaskRow;
import java.time.LocalDate;
import java.util.List;

/**
 * What leaders, specialists and officials watch (theo dõi): the counts of their scope on a date, the list
 * behind each count, statistics, and one task with its history. Reads only. Thread-safe.
 *
 * <p>Scopes: office leaders and specialists see all tasks (a specialist narrows to the tasks they track with
 * {@link TaskFilter#withTrackingSpecialist}); a unit leader sees the unit's assignments; any other official
 * the assignments they are responsible for.
 */
public final class Dashboards {
  private final Support support;
  private final AccessRules access;

  Dashboards(Support support, AccessRules access) {
    this.support = support;
    this.access = access;
  }

  /** The scope the actor sees by default. */
  public Scope defaultScope(Actor actor) {
    checkNotNull(actor, "actor is required");
    if (support.isOffice(actor, Role.LEADER) || support.isOffice(actor, Role.SPECIALIST)) {
      return Scope.allTasks();
    }
    if (support.inOffice(actor)) {
      throw new AccessDeniedException(actor, Action.VIEW_DASHBOARD, "office clerks have no task dashboard");
    }
    return actor.has(Role.LEADER) ? Scope.unit(actor.unit()) : Scope.official(actor.official());
  }

  /** The counts of the actor's default scope on {@code asOf}. */
  public StatusCounts counts(Actor actor, LocalDate asOf, TaskFilter filter) {
    return counts(actor, defaultScope(actor), asOf, filter);
  }

  /**
   * The counts of {@code scope} on {@code asOf}: total, the four statuses, due soon, no deadline.
   *
   * @throws AccessDeniedException if the scope is wider than the actor may see
   */
  public StatusCounts counts(Actor actor, Scope scope, LocalDate asOf, TaskFilter filter) {
    checkScope(actor, scope);
    checkNotNull(asOf, "as-of date is required");
    checkNotNull(filter, "filter is required");
    return support.store.queries().counts(scope, filter, support.asOf(asOf));
  }

  /** The list behind a count of the actor's default scope. */
  public Page<TaskRow> list(Actor actor, LocalDate asOf, TaskFilter filter, PageRequest page) {
    return list(actor, defaultScope(actor), asOf, filter, page);
  }

  /** One page of the rows behind a count, sorted by deadline (none last). */
  public Page<TaskRow> list(Actor actor, Scope scope, LocalDate asOf, TaskFilter filter, PageRequest page) {
    checkScope(actor, scope);
    checkNotNull(asOf, "as-of date is required");
    checkNotNull(filter, "filter is required");
    checkNotNull(page, "page is required");
    return support.store.queries().list(scope, filter, support.asOf(asOf), page);
  }

  /** The assignments the acting official is responsible for, with their status on {@code asOf}. */
  public Page<TaskRow> myAssignments(Actor actor, LocalDate asOf, PageRequest page) {
    return list(actor, Scope.official(actor.official()), asOf, TaskFilter.NONE, page);
  }

  /**
   * Statistics per unit or per directing leader over a period: tasks created in the period, with their status
   * at its end. Office leaders and specialists only.
   */
  public List<StatisticsRow> statistics(Actor actor, Grouping grouping, Period period) {
    checkNotNull(actor, "actor is required");
    if (!support.isOffice(actor, Role.LEADER) && !support.isOffice(actor, Role.SPECIALIST)) {
      throw new AccessDeniedException(actor, Action.VIEW_STATISTICS, "only office leaders and specialists do this");
    }
    checkNotNull(grouping, "grouping is required");
    checkNotNull(period, "period is required");
    return support.store.queries().statistics(grouping, period, support.asOf(period.to()));
  }

  /** One task, for those who may see it. */
  public Task task(Actor actor, TaskId id) {
    checkNotNull(actor, "actor is required");
    Task task = support.store.tasks().find(id).orElseThrow(() -> new NotFoundException("task", id.value()));
    access.mayView(actor, task);
    return task;
  }

  /** Every change to a task, oldest first: who did what, when, from which value to which. */
  public List<HistoryEntry> history(Actor actor, TaskId id) {
    task(actor, id);
    return support.store.history().of(id);
  }

  private void checkScope(Actor actor, Scope scope) {
    checkNotNull(actor, "actor is required");
    checkNotNull(scope, "scope is required");
    boolean office = support.isOffice(actor, Role.LEADER) || support.isOffice(actor, Role.SPECIALIST);
    if (office) {
      return;
    }
    boolean allowed;
    if (scope instanceof Scope.UnitAssignments u) {
      allowed = actor.has(Role.LEADER) && u.unit().equals(actor.unit());
    } else if (scope instanceof Scope.OfficialAssignments o) {
      allowed = o.official().equals(actor.official())
          || (actor.has(Role.LEADER)
              && support.official(o.official()).map(Official::unit).filter(actor.unit()::equals).isPresent());
    } else {
      allowed = false;
    }
    if (!allowed) {
      throw new AccessDeniedException(actor, Action.VIEW_DASHBOARD, "scope " + scope + " is wider than theirs");
    }
  }
}
