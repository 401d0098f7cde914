/**
 * Contract test suites, one per port. An adapter runs a suite by extending it and supplying a fresh store;
 * the in-memory adapters pass them all (see {@code dev.theodoi.inmemory}).
 */
package dev.theodoi.contract;
