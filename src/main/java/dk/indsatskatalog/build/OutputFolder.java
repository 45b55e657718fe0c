package dk.indsatskatalog.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The output folder belongs to the build: a build replaces it whole, so it may only replace a
 * folder that a build created before (it carries {@link #MARKER}), an empty folder, or nothing.
 * The project folder, its ancestors, its input folders and any folder that looks like a project
 * are never replaced, marker or not, because a marker can be committed by a pull request.
 */
public final class OutputFolder {
    /** Written into every built site; its presence is what lets the next build replace the folder. */
    public static final String MARKER = ".indsatskatalog-site";
    static final String MARKER_TEXT = "Denne mappe er bygget af indsatskatalog; næste build erstatter den helt.\n";
    /** Folders the build reads from, or that hold what no build may delete. */
    private static final List<String> PROTECTED = List.of("content", "templates", "assets", ".git", "src", "schema", "docs");

    private OutputFolder() {}

    /** Throws {@link UnsafeOutputException} when building into {@code output} could delete something that is not a site. */
    public static void verify(Path projectDir, Path output) {
        Path project = real(projectDir);
        Path target = real(output);
        if (project.startsWith(target)) {
            throw new UnsafeOutputException(output, target.equals(project) ? "det er selve projektmappen" : "den indeholder projektmappen");
        }
        for (String name : PROTECTED) {
            if (target.startsWith(project.resolve(name))) {
                throw new UnsafeOutputException(output, "den ligger i projektets " + name + "/");
            }
        }
        if (Files.isSymbolicLink(output.toAbsolutePath().normalize())) throw new UnsafeOutputException(output, "det er et symbolsk link");
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) return;
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) throw new UnsafeOutputException(output, "det er en fil, ikke en mappe");
        for (String name : List.of("content", "templates", "assets", ".git")) {
            if (Files.exists(target.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                throw new UnsafeOutputException(output, "den indeholder " + name + "/ og ligner et projekt");
            }
        }
        if (Files.isRegularFile(target.resolve(MARKER), LinkOption.NOFOLLOW_LINKS) || builtBeforeTheMarker(target)) return;
        if (!isEmpty(target)) {
            throw new UnsafeOutputException(output, "den er ikke tom og er ikke bygget af indsatskatalog (den mangler filen " + MARKER + ")");
        }
    }

    /** Marks a freshly built site so a later build may replace it. */
    static void mark(Path site) throws IOException {
        Files.writeString(site.resolve(MARKER), MARKER_TEXT);
    }

    /** The absolute path with every existing part's symlinks resolved, so {@code a/../b} or a link cannot dodge the checks. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return absolute;
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }

    /** A site from a build before the marker existed (so an old target/site does not block an upgraded build). */
    private static boolean builtBeforeTheMarker(Path dir) {
        return Stream.of("index.html", "search/meta.json", "data/SHA256SUMS")
            .allMatch(f -> Files.isRegularFile(dir.resolve(f), LinkOption.NOFOLLOW_LINKS));
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** Building into this folder could delete something the build did not make; a usage error, nothing is touched. */
    public static final class UnsafeOutputException extends RuntimeException {
        UnsafeOutputException(Path output, String why) {
            super("Bygger ikke i " + output + ": " + why + ". Intet er slettet; vælg en ny eller tom mappe med -o.");
        }
    }
}
