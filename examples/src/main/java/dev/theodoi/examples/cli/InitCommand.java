package dev.theodoi.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true, description = "Create or migrate the tracking schema.")
final class InitCommand implements Runnable {
  @Mixin
  Common common;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    try (Common.Opened db = common.open()) {
      spec.commandLine().getOut().println("schema ready (" + db.store().dialect() + ", tables "
          + db.store().tablePrefix() + "*)");
    }
  }
}
