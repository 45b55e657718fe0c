package dk.indsatskatalog.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code indsatskatalog COMMAND}: the only place that calls {@link System#exit}. */
@Command(name = "indsatskatalog", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "indsatskatalog 0.1",
    description = "Builds Indsatskatalog, the open catalogue of interventions for social-housing areas.",
    subcommands = {BuildCommand.class, ValidateCommand.class, ServeCommand.class, NewCommand.class, ChangesCommand.class, SchemaCommand.class, ExplainCommand.class},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:ok", "1:content problems (printed as file:line:column: field: message)", "2:usage error", "3:internal error"})
public final class Main implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command and returns its exit code (tests call this). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine line = new CommandLine(new Main());
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) root = root.getCause();
            cmd.getErr().println("internal error: " + root);
            if (System.getenv("INDSATSKATALOG_DEBUG") != null) e.printStackTrace(cmd.getErr());
            else cmd.getErr().println("(set INDSATSKATALOG_DEBUG=1 for the stack trace)");
            return ExitCodes.INTERNAL;
        });
        return line;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: build, validate or serve");
    }
}
