/**
 * In-memory implementations of every port: for tests, for trying the library, and as the reference the
 * database adapters are checked against. {@link dev.theodoi.inmemory.InMemoryStore} keeps everything in one
 * lock-guarded state whose transactions roll back on failure.
 */
package dev.theodoi.inmemory;
