package dk.indsatskatalog.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

import java.util.stream.Collectors;

/**
 * {@code indsatskatalog COMMAND}: the only place that calls {@link System#exit}. Everything it says is
 * Danish, from {@code messages.properties}: the help of every command, the usage errors and the internal error.
 */
@Command(name = "indsatskatalog", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "indsatskatalog 0.1",
    resourceBundle = "dk.indsatskatalog.cli.messages",
    subcommands = {BuildCommand.class, ValidateCommand.class, ServeCommand.class, NewCommand.class, ChangesCommand.class,
        SchemaCommand.class, ExplainCommand.class},
    exitCodeList = {"0:ok", "1:content problems", "2:usage error", "3:internal error"})
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
        line.setResourceBundle(CliTexts.BUNDLE);
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) root = root.getCause();
            cmd.getErr().println(CliTexts.get("internalError", root));
            if (System.getenv("INDSATSKATALOG_DEBUG") != null) e.printStackTrace(cmd.getErr());
            else cmd.getErr().println(CliTexts.get("debugHint"));
            return ExitCodes.INTERNAL;
        });
        line.setParameterExceptionHandler((e, args) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println(usageError(e));
            cmd.getErr().println(CliTexts.get("seeHelp", cmd.getCommandSpec().qualifiedName()));
            return ExitCodes.USAGE;
        });
        return line;
    }

    /** picocli's usage errors in Danish; our own (a project folder that is not there) are Danish already. */
    private static String usageError(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return CliTexts.get("unknown", String.join(" ", unmatched.getUnmatched()));
        }
        if (e instanceof CommandLine.MissingParameterException missing) {
            return CliTexts.get("missing", missing.getMissing().stream().map(Main::describe).collect(Collectors.joining(", ")));
        }
        java.util.regex.Matcher value = INVALID_VALUE.matcher(String.valueOf(e.getMessage()));
        if (value.find()) return CliTexts.get("invalid", value.group(1), value.group(2));
        return e.getMessage(); // ours, in Danish already (a project folder that is not there, a missing command)
    }

    /** picocli's "Invalid value for option '--format': … but was 'xml'". */
    private static final java.util.regex.Pattern INVALID_VALUE = java.util.regex.Pattern.compile(
        "Invalid value for (?:option|positional parameter) '?([^':]+)'?: .*?(?:was|: ) ?'([^']*)'", java.util.regex.Pattern.DOTALL);

    private static String describe(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() + "=" + option.paramLabel() : arg.paramLabel();
    }

    @Override
    public void run() {
        String commands = spec.subcommands().keySet().stream().collect(Collectors.joining(", "));
        int last = commands.lastIndexOf(", ");
        throw new CommandLine.ParameterException(spec.commandLine(),
            CliTexts.get("missingCommand", commands.substring(0, last) + " eller " + commands.substring(last + 2)));
    }
}
