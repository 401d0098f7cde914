package dev.theodoi.examples.cli;

import dev.theodoi.examples.text.Labels;
import dev.theodoi.json.ImportReport;
import dev.theodoi.json.Importer;
import dev.theodoi.json.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Import a theodoi/1 JSON file: its directory, documents and tasks. Importing twice changes "
        + "nothing. Progress goes to stderr; rejected records are listed there and make the exit code 3.")
final class ImportCommand implements Runnable {
  @Mixin
  Common common;

  @Parameters(paramLabel = "FILE", description = "The exchange file.")
  Path file;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Labels l = common.labels();
    ImportReport report;
    try (Common.Opened db = common.open(); InputStream in = Files.newInputStream(file)) {
      report = Importer.into(db.store()).batchSize(1000).onProgress(p -> {
        err.print("\r" + l.get("import.progress", p.documentsRead(), p.tasksRead()));
        if (p.done()) {
          err.println();
        }
        err.flush();
      }).importFrom(new java.io.BufferedInputStream(in, 1 << 16));
      db.store().directory().save(report.units(), report.officials());
    } catch (NoSuchFileException e) {
      throw new InvalidInputException("no such file: " + file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    out.printf("units %d, officials %d; documents added %d, unchanged %d; tasks added %d, updated %d, unchanged %d%n",
        report.units().size(), report.officials().size(), report.documentsAdded(), report.documentsUnchanged(),
        report.tasksAdded(), report.tasksUpdated(), report.tasksUnchanged());
    out.flush();
    if (!report.rejections().isEmpty()) {
      for (Rejection r : report.rejections()) {
        err.println(r.pointer() + ": " + r.reason());
      }
      throw new InvalidInputException(report.rejections().size() + " record(s) rejected; "
          + report.batchesRejected() + " batch(es) not written");
    }
  }
}
