package dev.theodoi.examples.cli;

import dev.theodoi.json.Exporter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export the directory, documents and tasks (each with its status as of a date) as theodoi/1 JSON.")
final class ExportCommand implements Runnable {
  @Mixin
  Common common;

  @Option(names = "--as-of", paramLabel = "DATE", description = "The date of the statuses (default: today).")
  LocalDate asOf;

  @Parameters(paramLabel = "FILE", arity = "0..1", description = "Where to write (default: standard output).")
  Path file;

  @Override
  public void run() {
    LocalDate date = asOf != null ? asOf : LocalDate.now(Clock.system(common.zone));
    try (Common.Opened db = common.open()) {
      Exporter exporter = Exporter.from(db.store()).zone(common.zone);
      if (file == null) {
        exporter.exportAll(new NonClosing(System.out), date, Optional.of(db.store().directory()));
        System.out.println();
        System.out.flush();
      } else {
        try (OutputStream out = Files.newOutputStream(file)) {
          exporter.exportAll(out, date, Optional.of(db.store().directory()));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write " + file, e);
        }
      }
    }
  }

  /** Standard output stays open after the export. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
