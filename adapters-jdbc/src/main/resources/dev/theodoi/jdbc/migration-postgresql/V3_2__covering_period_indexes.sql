-- PostgreSQL only: the covering indexes of V3 as PostgreSQL does them best, keyed narrowly with the other columns
-- INCLUDEd, and the office's restricted to the lead units' rows (a third of them). A unit's dashboard is then an
-- index-only scan of that unit's entries instead of one heap visit per row scattered over the table.
DROP INDEX ${prefix}assignment_period_unit_ix;
DROP INDEX ${prefix}assignment_period_lead_ix;
CREATE INDEX ${prefix}assignment_period_unit_ix ON ${prefix}assignment_period (unit_id, task_id)
  INCLUDE (lead_marker, task_created_at, from_at, until_at, deadline, completed_on, completion_reported_at);
CREATE INDEX ${prefix}assignment_period_lead_ix ON ${prefix}assignment_period (task_id)
  INCLUDE (unit_id, task_created_at, from_at, until_at, deadline, completed_on, completion_reported_at)
  WHERE lead_marker = 'Y';
