package dk.indsatskatalog.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The commits that changed each entry file, newest first, following renames, and the date of the
 * latest commit that touched the content. Read with one {@code git log} for all files (not one per
 * file), so it costs the same at 40 entries as at 10,000 files' worth of history walked once.
 */
public final class ContentHistory {
    /** One commit as the history page shows it. */
    public record Commit(String hash, LocalDate date, String subject) {
        public String shortHash() { return hash.substring(0, Math.min(7, hash.length())); }
    }

    private static final ContentHistory NONE = new ContentHistory(false, Map.of(), null);

    private final boolean available;
    private final Map<String, List<Commit>> byFile;
    private final LocalDate latest;

    private ContentHistory(boolean available, Map<String, List<Commit>> byFile, LocalDate latest) {
        this.available = available;
        this.byFile = byFile;
        this.latest = latest;
    }

    public static ContentHistory none() { return NONE; }

    /**
     * Reads the history of {@code files} (paths relative to the project, e.g.
     * {@code content/interventions/x.yml}); {@link #none()} without git or with a shallow clone.
     */
    public static ContentHistory read(java.nio.file.Path projectDir, Collection<String> files) {
        Git git = new Git(projectDir);
        if (!git.hasFullHistory()) return NONE;
        Optional<String> log = git.run("log", "--relative", "-M", "--name-status", "--no-color",
            "--format=%x1e%H%x1f%cs%x1f%s", "--", "content");
        if (log.isEmpty()) return NONE;
        Map<String, String> tracked = new HashMap<>(); // name at the commit being read → name today
        Map<String, List<Commit>> byFile = new LinkedHashMap<>();
        for (String f : files) { tracked.put(f, f); byFile.put(f, new ArrayList<>()); }
        LocalDate latest = null;
        for (String record : log.get().split("\u001e")) {
            if (record.isBlank()) continue;
            String[] lines = record.split("\n");
            String[] head = lines[0].split("\u001f", 3);
            if (head.length < 3) continue;
            Commit commit = new Commit(head[0], LocalDate.parse(head[1]), head[2].strip());
            if (latest == null || commit.date().isAfter(latest)) latest = commit.date();
            for (int i = 1; i < lines.length; i++) {
                String[] change = lines[i].split("\t");
                if (change.length < 2) continue;
                String now = change[change.length - 1];
                String today = tracked.get(now);
                if (today == null) continue;
                List<Commit> list = byFile.get(today);
                if (list.isEmpty() || !list.get(list.size() - 1).hash().equals(commit.hash())) list.add(commit);
                if (change[0].startsWith("R") && change.length == 3) {
                    tracked.remove(now);
                    tracked.put(change[1], today);
                }
            }
        }
        byFile.replaceAll((k, v) -> List.copyOf(v));
        return new ContentHistory(true, byFile, latest);
    }

    /** False when the build has no usable git history (the pages then say so). */
    public boolean available() { return available; }

    /** Commits that changed {@code file}, newest first; empty when unknown (e.g. not yet committed). */
    public List<Commit> of(String file) { return byFile.getOrDefault(file, List.of()); }

    /** The date of the latest commit that changed anything in content/, when known. */
    public Optional<LocalDate> latestContentDate() { return Optional.ofNullable(latest); }
}
