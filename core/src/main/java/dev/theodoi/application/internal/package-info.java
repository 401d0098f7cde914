/** Machinery behind the use cases. Not API: may change without notice. */
package dev.theodoi.application.internal;
