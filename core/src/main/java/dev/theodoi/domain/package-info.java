/**
 * The domain of theodoi: the directory of units and officials, documents, tasks and their assignments,
 * the working-day calendar and the status rules. Every type here is immutable and checks its invariants
 * on construction, so an invalid domain object cannot exist. Nothing here reads a clock: dates and
 * instants are always passed in.
 */
package dev.theodoi.domain;
