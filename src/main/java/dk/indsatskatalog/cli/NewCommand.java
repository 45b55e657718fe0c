package dk.indsatskatalog.cli;

import dk.indsatskatalog.load.CatalogueLoader;
import dk.indsatskatalog.model.Slug;
import dk.indsatskatalog.problem.InputFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code new <slug>}: writes {@code content/interventions/<slug>.yml} from the template in
 * {@code docs/ny-indsats.yml} (every field, Danish guidance in comments, one finding in the right
 * shape). {@code new --source <id>}: writes {@code content/kilder/<id>.yml} from {@code docs/ny-kilde.yml},
 * a source for the register. Empty required fields are left for {@code validate} to point at. An
 * existing file, even a dangling link, is never overwritten.
 */
@Command(name = "new")
final class NewCommand implements Callable<Integer> {
    static final String TEMPLATE = "ny-indsats.yml";
    static final String SOURCE_TEMPLATE = "ny-kilde.yml";
    static final String TEMPLATE_SLUG = "slug: ny-indsats";
    static final String TEMPLATE_DATE = "lastReviewed: \"\"";

    @Mixin SiteOptions options;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "SLUG", arity = "0..1", descriptionKey = "new.slug")
    String slug;

    @Option(names = "--source", paramLabel = "ID", descriptionKey = "source")
    String sourceId;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "date")
    LocalDate date;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if ((slug == null) == (sourceId == null)) {
            err.println("skriv enten en slug til en ny indsats (new lektiecafe) eller --source og et id til en ny kilde "
                + "(new --source vive-2019-laeringscafe), ikke begge og ikke ingen.");
            return ExitCodes.USAGE;
        }
        return slug != null ? entry(err) : source(err);
    }

    private int entry(PrintWriter err) throws IOException {
        if (!Slug.isWellFormed(slug)) {
            err.println("slug \"" + slug + "\" skal være 2–" + Slug.MAX_LENGTH
                + " små bogstaver (a–z), cifre og enkelte bindestreger, fx \"lektiecafe\"; skriv æ som ae, ø som oe og å som aa.");
            return ExitCodes.USAGE;
        }
        if (reservedOnWindows("slug", slug, err)) return ExitCodes.USAGE;
        String text = template(TEMPLATE)
            .replace(TEMPLATE_SLUG, "slug: " + slug)
            .replace(TEMPLATE_DATE, "lastReviewed: " + (date == null ? LocalDate.now() : date));
        return write(CatalogueLoader.INTERVENTIONS_DIR, slug, text,
            "vælg en anden slug eller ret den eksisterende indsats.",
            "Udfyld felterne, og kør validate eller serve for at se, hvad der mangler.", err);
    }

    private int source(PrintWriter err) throws IOException {
        if (!Slug.isWellFormed(sourceId)) {
            err.println("kilde-id \"" + sourceId + "\" skal være 2–" + Slug.MAX_LENGTH
                + " små bogstaver (a–z), cifre og enkelte bindestreger, fx \"vive-2019-laeringscafe\"; skriv æ som ae, ø som oe og å som aa.");
            return ExitCodes.USAGE;
        }
        if (reservedOnWindows("kilde-id", sourceId, err)) return ExitCodes.USAGE;
        return write(CatalogueLoader.SOURCES_DIR, sourceId, template(SOURCE_TEMPLATE),
            "kilden er der allerede; henvis til den med id'et \"" + sourceId + "\", eller vælg et andet id.",
            "Udfyld felterne, henvis til kilden fra en indsats med id'et \"" + sourceId + "\", og kør validate.", err);
    }

    /** Some editors work on Windows, where con, nul, aux, prn, com1–9 and lpt1–9 cannot be file names. */
    private static boolean reservedOnWindows(String what, String name, PrintWriter err) {
        if (!InputFiles.isReservedOnWindows(name + ".yml")) return false;
        err.println(what + " \"" + name + "\" er et reserveret navn i Windows (con, prn, aux, nul, com1–com9, lpt1–lpt9) "
            + "og kan ikke gemmes som fil dér; vælg et andet, fx med et ekstra ord.");
        return true;
    }

    /** Writes {@code content/<folder>/<id>.yml}, refusing any existing file or link there and any linked folder on the way. */
    private int write(String folder, String id, String text, String whenExists, String done, PrintWriter err) throws IOException {
        Path project = options.projectDir();
        Path dir = project.resolve("content").resolve(folder);
        Path file = dir.resolve(id + ".yml");
        String shown = project.relativize(file).toString().replace('\\', '/');
        for (Path on : List.of(project.resolve("content"), dir)) {
            if (Files.isSymbolicLink(on) || (Files.exists(on, LinkOption.NOFOLLOW_LINKS) && !InputFiles.isPlainFolder(on))) {
                err.println(project.relativize(on).toString().replace('\\', '/')
                    + " er ikke en almindelig mappe (fx et symbolsk link); new skriver ikke gennem den.");
                return ExitCodes.USAGE;
            }
        }
        if (Files.isSymbolicLink(file)) {
            err.println(shown + " er et symbolsk link; new skriver ikke gennem det. Slet linket, hvis du vil oprette filen.");
            return ExitCodes.USAGE;
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            err.println(shown + " findes allerede; " + whenExists);
            return ExitCodes.USAGE;
        }
        Files.createDirectories(dir);
        try {
            // CREATE_NEW fails on anything already there, a link included, so nothing is written through it.
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            err.println(shown + " findes allerede; " + whenExists);
            return ExitCodes.USAGE;
        }
        spec.commandLine().getOut().println("Oprettede " + shown + ". " + done);
        return ExitCodes.OK;
    }

    static String template(String name) throws IOException {
        try (InputStream in = NewCommand.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is missing from the class path");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (name.equals(TEMPLATE) && (!text.contains(TEMPLATE_SLUG) || !text.contains(TEMPLATE_DATE))) {
                throw new IllegalStateException(name + " lacks the lines \"" + TEMPLATE_SLUG + "\" and \"" + TEMPLATE_DATE + "\"");
            }
            return text;
        }
    }
}
