package dk.indsatskatalog.cli;

import dk.indsatskatalog.changes.CatalogueChanges;
import dk.indsatskatalog.history.ContentAtRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code changes --since REF}: prints {@link CatalogueChanges}' Markdown summary of the working tree against commit REF. */
@Command(name = "changes")
final class ChangesCommand implements Callable<Integer> {
    @Mixin SiteOptions options;
    @Spec CommandSpec spec;

    @Option(names = "--since", required = true, paramLabel = "REF", descriptionKey = "since")
    String since;

    @Override
    public Integer call() throws IOException {
        Path project = options.projectDir();
        if (!ContentAtRef.exists(project, since)) {
            spec.commandLine().getErr().println("\"" + since + "\" er ikke en commit i dette git-repository.");
            return ExitCodes.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(CatalogueChanges.since(project, since));
        out.flush();
        return ExitCodes.OK;
    }
}
