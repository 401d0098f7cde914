package dev.theodoi.json;

import dev.theodoi.domain.directory.Official;
import dev.theodoi.domain.directory.Unit;
import java.util.List;

/**
 * What an import did. Records are written in batches, each all or nothing: a batch with any rejected record is
 * not written at all, and every rejected record is listed with its JSON Pointer and reason.
 *
 * @param units the directory's units read from the file (the host owns the directory; the library does not store it)
 * @param officials the directory's officials read from the file
 * @param documentsAdded documents stored by this import
 * @param documentsUnchanged documents already stored exactly so (a second import of a file changes nothing)
 * @param tasksAdded tasks stored by this import
 * @param tasksUpdated tasks already stored that the file changed
 * @param tasksUnchanged tasks already stored exactly so
 * @param batchesWritten batches written
 * @param batchesRejected batches not written because a record of theirs was rejected
 * @param rejections every rejected record, in file order
 */
public record ImportReport(
    List<Unit> units, List<Official> officials, long documentsAdded, long documentsUnchanged, long tasksAdded,
    long tasksUpdated, long tasksUnchanged, int batchesWritten, int batchesRejected, List<Rejection> rejections) {

  public ImportReport {
    units = List.copyOf(units);
    officials = List.copyOf(officials);
    rejections = List.copyOf(rejections);
  }

  /** Whether everything in the file was accepted. */
  public boolean isClean() {
    return rejections.isEmpty() && batchesRejected == 0;
  }
}
