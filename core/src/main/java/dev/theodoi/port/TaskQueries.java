package dev.theodoi.port;

import java.util.List;

/**
 * The dashboard and statistics queries, as a port so a database answers them with aggregate queries instead
 * of loading every task. Withdrawn tasks (from their withdrawal date) and tasks created after the as-of date
 * do not count. Every implementation must give the same answers as the in-memory one; the contract suite in
 * core's test-jar checks it.
 */
public interface TaskQueries {
  /** The counts over {@code scope}, narrowed by {@code filter}, on {@code asOf}. */
  dev.theodoi.domain.status.StatusCounts counts(Scope scope, TaskFilter filter, AsOf asOf);

  /**
   * One page of the rows behind the counts, sorted by effective deadline (rows without deadline last), then
   * by task id and unit id.
   */
  Page<TaskRow> list(Scope scope, TaskFilter filter, AsOf asOf, PageRequest page);

  /**
   * Statistics over a period: tasks created within it that still count at its end, classified at its end,
   * one row per unit or directing leader that has any, ordered by key.
   *
   * @param asOfEnd the as-of of the period's last day
   */
  List<StatisticsRow> statistics(Grouping grouping, Period period, AsOf asOfEnd);
}
