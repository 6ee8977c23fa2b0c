package org.docket.cli;

import picocli.CommandLine;

/** The command line's entry point: the one place that may exit the JVM. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine commandLine = new CommandLine(new DocketCommand());
        commandLine.setExecutionExceptionHandler((error, line, parsed) -> {
            line.getErr().println("docket: " + Failures.sentence(error));
            return 1;
        });
        return commandLine.execute(args);
    }
}
