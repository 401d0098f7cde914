/**
 * The directory: units (the office, departments, communes, agencies) and their officials with roles.
 * The host owns the directory; the library reads it through the {@code Directory} port.
 */
package dev.theodoi.domain.directory;
