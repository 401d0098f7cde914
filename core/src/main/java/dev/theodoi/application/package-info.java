/**
 * The use cases: what each role does, as the seed manual describes it. {@link dev.theodoi.application.Theodoi}
 * wires them to the ports. Every operation takes the acting official ({@link dev.theodoi.application.Actor})
 * and a command record; it is one transaction, it checks access and validates before it writes anything, and
 * it records every change in the task's history.
 */
package dev.theodoi.application;
