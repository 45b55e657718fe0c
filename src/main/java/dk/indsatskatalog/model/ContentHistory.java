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
public record ContentHistory(boolean available, String commit, LocalDate latestContentChange, Map<String, List<Commit>> byFile,
                             Map<String, List<FileChange>> changesByFile) {
    private static final ContentHistory NONE = new ContentHistory(false, null, null, Map.of());

    public ContentHistory {
        Objects.requireNonNull(byFile, "byFile");
        Objects.requireNonNull(changesByFile, "changesByFile");
        byFile = Map.copyOf(byFile);
        changesByFile = Map.copyOf(changesByFile);
    }

    /** A history without the entries' changes read yet. */
    public ContentHistory(boolean available, String commit, LocalDate latestContentChange, Map<String, List<Commit>> byFile) {
        this(available, commit, latestContentChange, byFile, Map.of());
    }

    /**
     * One commit's change to one entry file: the file's path in that commit and in its parent (they
     * differ for a rename), and what the commit changed in the entry (empty until it is read).
     */
    public record FileChange(Commit commit, String path, String previousPath, List<EntryChange> changes) {
        public FileChange { changes = List.copyOf(changes); }
    }

    /** The same history with each file's changes replaced. */
    public ContentHistory withChanges(Map<String, List<FileChange>> changes) {
        return new ContentHistory(available, commit, latestContentChange, byFile, changes);
    }

    /** The commits that changed {@code file} with its paths and what they changed in it, newest first. */
    public List<FileChange> changes(String file) { return changesByFile.getOrDefault(file, List.of()); }

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
