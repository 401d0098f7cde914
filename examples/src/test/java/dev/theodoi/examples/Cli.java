package dev.theodoi.examples;

import dev.theodoi.examples.cli.TheodoiCommand;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the real picocli command objects, capturing what they print. */
final class Cli {
  record Result(int exit, String out, String err) {}

  private Cli() {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = TheodoiCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Result(exit, out.toString(), err.toString());
  }
}
