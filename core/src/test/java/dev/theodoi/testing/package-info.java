/**
 * Test fixtures, builders and jqwik arbitraries that speak the domain. Published in {@code theodoi-core}'s
 * test-jar so adapters and hosts reuse them.
 */
package dev.theodoi.testing;
