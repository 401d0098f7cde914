package dev.theodoi.examples.cli;

import dev.theodoi.domain.document.DocumentNumber;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "parse-number", mixinStandardHelpOptions = true,
    description = "Print the parts of a document number (số và ký hiệu), or the reason it is invalid (exit 3).")
final class ParseNumberCommand implements Runnable {
  @Parameters(paramLabel = "TEXT", description = "e.g. 23/2016/QĐ-UBND, 15/QĐ-BNV, 12/UBND-VX, 57-NQ/TW")
  String text;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    DocumentNumber n = DocumentNumber.parse(text);
    PrintWriter out = spec.commandLine().getOut();
    out.println("format:   " + n.format());
    out.println("number:   " + n.number());
    out.println("year:     " + (n.year().isPresent() ? n.year().getAsInt() : "-"));
    out.println("type:     " + n.typeCode().orElse("-"));
    out.println("issuer:   " + n.issuer());
    out.println("symbol:   " + n.symbol());
    out.println("printed:  " + n);
    out.flush();
  }
}
