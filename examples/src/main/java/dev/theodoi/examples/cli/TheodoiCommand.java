package dev.theodoi.examples.cli;

import com.zaxxer.hikari.pool.HikariPool;
import dev.theodoi.application.ValidationException;
import dev.theodoi.domain.TheodoiException;
import dev.theodoi.domain.calendar.CalendarNotCoveredException;
import dev.theodoi.domain.calendar.InvalidCalendarDataException;
import dev.theodoi.domain.document.InvalidDocumentNumberException;
import dev.theodoi.jdbc.StoreException;
import dev.theodoi.json.ImportFailedException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code theodoi}: try the status rules and operate a tracking database without writing Java.
 * Exit codes: 0 success, 2 bad usage, 3 invalid input data (the reason on stderr), 4 database unreachable.
 */
@Command(name = "theodoi", mixinStandardHelpOptions = true, version = "theodoi 0.1.0-SNAPSHOT",
    description = "Theo dõi nhiệm vụ UBND tỉnh giao — track the tasks a Provincial People's Committee assigns.",
    subcommands = {DemoCommand.class, InitCommand.class, ImportCommand.class, ExportCommand.class,
        DashboardCommand.class, ListCommand.class, StatsCommand.class, RemindCommand.class, ClassifyCommand.class,
        CalendarCommand.class, ParseNumberCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "2:bad usage", "3:invalid input data (reason on stderr)", "4:database unreachable"})
public final class TheodoiCommand implements Runnable {
  public static final int INVALID_INPUT = 3;
  public static final int DATABASE_UNREACHABLE = 4;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command, e.g. 'theodoi demo'");
  }

  /** The command line with the tool's exit-code mapping; output goes to the given writers. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new TheodoiCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((e, cmd, parseResult) -> {
      int code = exitCode(e);
      cmd.getErr().println("theodoi: " + message(e));
      cmd.getErr().flush();
      return code;
    });
    return cl;
  }

  static int exitCode(Exception e) {
    if (e instanceof StoreException || e instanceof HikariPool.PoolInitializationException) {
      return DATABASE_UNREACHABLE;
    }
    if (e instanceof ValidationException || e instanceof InvalidDocumentNumberException
        || e instanceof ImportFailedException || e instanceof CalendarNotCoveredException
        || e instanceof InvalidCalendarDataException || e instanceof InvalidInputException
        || e instanceof TheodoiException || e instanceof UncheckedIOException
        || e instanceof IllegalArgumentException) {
      return INVALID_INPUT;
    }
    return CommandLine.ExitCode.SOFTWARE;
  }

  private static String message(Exception e) {
    if (e instanceof StoreException || e instanceof HikariPool.PoolInitializationException) {
      return "database unreachable: " + e.getMessage();
    }
    return e.getMessage();
  }

  public static void main(String[] args) {
    // Hibernate Validator logs through JBoss Logging; send it to SLF4J, the tool's one logging route.
    System.setProperty("org.jboss.logging.provider", "slf4j");
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
