package dk.indsatskatalog.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;

/** Options every command shares: where the project is and where the site goes. */
public final class SiteOptions {
    @Spec(Spec.Target.MIXEE) CommandSpec command;

    Path project = Path.of(".");

    @Option(names = {"-o", "--output"}, paramLabel = "OUTPUT", defaultValue = "target/site", descriptionKey = "output")
    Path output;

    /** A project that is not there is a usage error, before any command reads from it. */
    @Option(names = {"-p", "--project"}, paramLabel = "DIR", defaultValue = ".", descriptionKey = "project")
    void project(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(command.commandLine(),
                "Projektmappen " + dir + " findes ikke eller er ikke en mappe; angiv den med -p.");
        }
        project = dir;
    }

    Path projectDir() { return project.toAbsolutePath().normalize(); }

    Path outputDir() { return project.resolve(output).toAbsolutePath().normalize(); }
}
