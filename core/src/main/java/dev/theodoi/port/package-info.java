/**
 * The driven ports: what the library needs from its surroundings, named in domain language. The host's
 * {@link dev.theodoi.port.Directory} of units and officials; the {@link dev.theodoi.port.TrackingStore} that
 * keeps documents, tasks, history and sent reminders and answers dashboard queries; a
 * {@link dev.theodoi.port.Notifier} for reminders; and the {@link dev.theodoi.port.Transactions} boundary.
 * {@code theodoi-core} ships in-memory implementations in {@code dev.theodoi.inmemory}; {@code theodoi-jdbc}
 * implements the store on a relational database.
 */
package dev.theodoi.port;
