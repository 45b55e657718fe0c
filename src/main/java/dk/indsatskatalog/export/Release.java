package dk.indsatskatalog.export;

import dk.indsatskatalog.history.Git;
import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.Intervention;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Udgivelse: which state of the catalogue a build publishes, {@code <newest lastReviewed>+<short commit>}
 * ("2026-11-22+1a2b3c4d5e6f"), or the date alone outside a git checkout. Never the wall clock, so
 * the same content and commit always give the same id.
 */
public record Release(String id, LocalDate date, String commit) {
    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{7,40}");
    static final int SHORT_COMMIT = 12;

    public Release {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
    }

    public static Release of(LocalDate date, String commit) {
        if (commit != null && !COMMIT.matcher(commit).matches()) throw new IllegalArgumentException("not a commit: " + commit);
        return new Release(commit == null ? date.toString() : date + "+" + commit, date, commit);
    }

    /** The release of {@code catalogue} as built from {@code projectDir} (its git commit, when it is a checkout). */
    public static Release of(Catalogue catalogue, Path projectDir) {
        return of(newestReview(catalogue), shortCommit(projectDir));
    }

    /** The newest {@code lastReviewed} in the catalogue; 1970-01-01 for an empty one. */
    public static LocalDate newestReview(Catalogue catalogue) {
        return catalogue.interventions().stream().map(Intervention::lastReviewed).filter(Objects::nonNull)
            .max(Comparator.naturalOrder()).orElse(LocalDate.EPOCH);
    }

    /** The checked-out commit, abbreviated; null when git or the repository is absent. */
    static String shortCommit(Path projectDir) {
        if (!Files.isDirectory(projectDir)) return null;
        return new Git(projectDir).run("rev-parse", "--short=" + SHORT_COMMIT, "HEAD")
            .map(String::trim).filter(out -> COMMIT.matcher(out).matches()).orElse(null);
    }
}
