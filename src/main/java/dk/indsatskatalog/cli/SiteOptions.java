package dk.indsatskatalog.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options every command shares: where the project is and where the site goes. */
public final class SiteOptions {
    @Option(names = {"-p", "--project"}, paramLabel = "DIR", defaultValue = ".",
        description = "Project folder with content/, templates/ and assets/ (default: ${DEFAULT-VALUE}).")
    Path project;

    @Option(names = {"-o", "--output"}, paramLabel = "OUTPUT", defaultValue = "target/site",
        description = "Folder the site is written to, relative to the project (default: ${DEFAULT-VALUE}).")
    Path output;

    Path projectDir() { return project.toAbsolutePath().normalize(); }

    Path outputDir() { return project.resolve(output).toAbsolutePath().normalize(); }
}
