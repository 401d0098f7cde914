/**
 * Documents (văn bản) and their numbers and symbols ({@link dev.theodoi.domain.document.DocumentNumber}).
 */
package dev.theodoi.domain.document;
