/**
 * The status rules: {@link dev.theodoi.domain.status.StatusRules#classify} decides, for an as-of date, whether
 * a task is completed on time, completed late, in progress or overdue; {@link
 * dev.theodoi.domain.status.StatusCounts} adds classifications up for a dashboard.
 */
package dev.theodoi.domain.status;
