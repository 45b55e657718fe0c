package dk.indsatskatalog.cli;

import dk.indsatskatalog.load.CatalogueLoader;
import dk.indsatskatalog.load.InputFiles;
import dk.indsatskatalog.model.Slug;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/**
 * {@code new <slug>}: writes {@code content/interventions/<slug>.yml} from the template in
 * {@code docs/ny-indsats.yml} (every field, Danish guidance in comments, one study and one outcome
 * in the right shape). Empty required fields are left for {@code validate} to point at.
 */
@Command(name = "new", description = "Create content/interventions/SLUG.yml from the entry template, ready to fill in.")
final class NewCommand implements Callable<Integer> {
    static final String TEMPLATE = "ny-indsats.yml";
    static final String TEMPLATE_SLUG = "slug: ny-indsats";
    static final String TEMPLATE_DATE = "lastReviewed: \"\"";

    @Mixin SiteOptions options;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "SLUG", description = "The new entry's permanent id and file name, e.g. lektiecafe.")
    String slug;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "lastReviewed to write (default: today).")
    LocalDate date;

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        if (!Slug.isWellFormed(slug)) {
            err.println("slug \"" + slug + "\" skal være 2–" + Slug.MAX_LENGTH
                + " små bogstaver (a–z), cifre og enkelte bindestreger, fx \"lektiecafe\"; skriv æ som ae, ø som oe og å som aa.");
            return ExitCodes.USAGE;
        }
        if (InputFiles.isReservedOnWindows(slug)) {
            err.println("slug \"" + slug + "\" er et reserveret navn i Windows (con, prn, aux, nul, com1–com9, lpt1–lpt9) "
                + "og kan ikke gemmes som fil dér; vælg et andet, fx med et ekstra ord.");
            return ExitCodes.USAGE;
        }
        Path project = options.projectDir();
        Path dir = project.resolve("content").resolve(CatalogueLoader.INTERVENTIONS_DIR);
        Path file = dir.resolve(slug + ".yml");
        Path shown = project.relativize(file);
        for (Path folder : List.of(project.resolve("content"), dir)) {
            if (Files.isSymbolicLink(folder) || (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !InputFiles.isPlainFolder(folder))) {
                err.println(project.relativize(folder).toString().replace('\\', '/')
                    + " er ikke en almindelig mappe (fx et symbolsk link); new skriver ikke gennem den.");
                return ExitCodes.USAGE;
            }
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            String what = Files.isSymbolicLink(file) ? " er et symbolsk link; new skriver ikke gennem det. Slet linket, hvis du vil oprette indsatsen."
                : " findes allerede; vælg en anden slug eller ret den eksisterende indsats.";
            err.println(shown.toString().replace('\\', '/') + what);
            return ExitCodes.USAGE;
        }
        String text = template()
            .replace(TEMPLATE_SLUG, "slug: " + slug)
            .replace(TEMPLATE_DATE, "lastReviewed: " + (date == null ? LocalDate.now() : date));
        Files.createDirectories(dir);
        // CREATE_NEW fails on anything already there, a dangling link included: nothing is written through a link.
        try (Writer out = new OutputStreamWriter(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS), StandardCharsets.UTF_8)) {
            out.write(text);
        }
        spec.commandLine().getOut().println("Oprettede " + shown.toString().replace('\\', '/')
            + ". Udfyld felterne, og kør validate eller serve for at se, hvad der mangler.");
        return ExitCodes.OK;
    }

    static String template() throws IOException {
        try (InputStream in = NewCommand.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) throw new IllegalStateException(TEMPLATE + " is missing from the class path");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!text.contains(TEMPLATE_SLUG) || !text.contains(TEMPLATE_DATE)) {
                throw new IllegalStateException(TEMPLATE + " lacks the lines \"" + TEMPLATE_SLUG + "\" and \"" + TEMPLATE_DATE + "\"");
            }
            return text;
        }
    }
}
