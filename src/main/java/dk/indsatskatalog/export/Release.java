package dk.indsatskatalog.export;

import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.ContentHistory;
import dk.indsatskatalog.model.Intervention;

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

    public Release {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
    }

    public static Release of(LocalDate date, String commit) {
        if (commit != null && !COMMIT.matcher(commit).matches()) throw new IllegalArgumentException("not a commit: " + commit);
        return new Release(commit == null ? date.toString() : date + "+" + commit, date, commit);
    }

    /** The release of {@code catalogue} at the commit the build's history names (none outside git). */
    public static Release of(Catalogue catalogue, ContentHistory history) {
        return of(newestReview(catalogue), history.commit());
    }

    /** The newest {@code lastReviewed} in the catalogue; 1970-01-01 for an empty one. */
    public static LocalDate newestReview(Catalogue catalogue) {
        return catalogue.interventions().stream().map(Intervention::lastReviewed).filter(Objects::nonNull)
            .max(Comparator.naturalOrder()).orElse(LocalDate.EPOCH);
    }
}
