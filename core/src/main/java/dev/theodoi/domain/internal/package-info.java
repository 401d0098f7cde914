/** Helpers shared by the domain packages. Not API: may change without notice. */
package dev.theodoi.domain.internal;
