package dk.indsatskatalog.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Ændringshistorik: what git knows about the content when the site is built, read once per build and
 * handed to the stages beside the catalogue. {@code commit} is the checked-out commit, abbreviated
 * (null outside git); {@code latestContentChange} the date of the latest commit that changed content/
 * (null when unknown); {@code available} says whether the full history is there, so that
 * {@code byFile} lists every commit that changed each entry file, newest first, renames followed
 * (a shallow clone has the commit but not the history).
 */
public record ContentHistory(boolean available, String commit, LocalDate latestContentChange, Map<String, List<Commit>> byFile) {
    private static final ContentHistory NONE = new ContentHistory(false, null, null, Map.of());

    public ContentHistory {
        Objects.requireNonNull(byFile, "byFile");
        byFile = Map.copyOf(byFile);
    }

    /** One commit as the history page shows it. */
    public record Commit(String hash, LocalDate date, String subject) {
        public String shortHash() { return hash.substring(0, Math.min(7, hash.length())); }
    }

    /** A build outside git: no commit, no history. */
    public static ContentHistory none() { return NONE; }

    /** Commits that changed {@code file} (relative to the project), newest first; empty when unknown. */
    public List<Commit> of(String file) { return byFile.getOrDefault(file, List.of()); }

    /** The date of the latest commit that changed anything in content/, when known. */
    public Optional<LocalDate> latestContentDate() { return Optional.ofNullable(latestContentChange); }
}
