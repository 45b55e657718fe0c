package dk.indsatskatalog.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    /**
     * One commit's change to one entry file: the file's path in that commit and in its parent (they
     * differ for a rename), so its content before and after can be read from git.
     */
    public record FileChange(Commit commit, String path, String previousPath) {}

    private static final ContentHistory NONE = new ContentHistory(false, Map.of(), Map.of(), null);

    private final boolean available;
    private final Map<String, List<Commit>> byFile;
    private final Map<String, List<FileChange>> changesByFile;
    private final LocalDate latest;

    private ContentHistory(boolean available, Map<String, List<Commit>> byFile, Map<String, List<FileChange>> changesByFile,
                           LocalDate latest) {
        this.available = available;
        this.byFile = byFile;
        this.changesByFile = changesByFile;
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
        // -z: every field and path ends in NUL, which no commit subject or file name can contain,
        // so a subject cannot end its record early or forge another commit.
        Optional<String> log = git.run("log", "-z", "--relative", "-M", "--name-status", "--no-color",
            "--format=%H%x00%cs%x00%s", "--", "content");
        if (log.isEmpty()) return NONE;
        return parse(log.get(), files);
    }

    private static final Logger LOG = LoggerFactory.getLogger(ContentHistory.class);
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern STATUS = Pattern.compile("([ACDMTUXB])\\d*|([RC])\\d+");

    /** One commit as {@code git log -z --name-status} prints it, or null with a warning when it does not parse. */
    private record Record(Commit commit, List<List<String>> changes) {}

    /**
     * Parses {@code git log -z --name-status --format=%H%x00%cs%x00%s}: per commit a hash, a date
     * and a subject, then its changes (a status, then one path, or two for a rename or copy). A
     * record that does not parse is skipped with a warning; it never takes another commit's place.
     */
    static ContentHistory parse(String log, Collection<String> files) {
        Map<String, String> tracked = new HashMap<>(); // name at the commit being read → name today
        Map<String, List<Commit>> byFile = new LinkedHashMap<>();
        Map<String, List<FileChange>> changesByFile = new LinkedHashMap<>();
        for (String f : files) { tracked.put(f, f); byFile.put(f, new ArrayList<>()); changesByFile.put(f, new ArrayList<>()); }
        LocalDate latest = null;
        String[] tokens = log.split("\u0000", -1);
        int i = 0;
        while (i < tokens.length) {
            String token = tokens[i].strip();
            if (token.isEmpty()) { i++; continue; }
            int start = i;
            Record record = null;
            if (HASH.matcher(token).matches() && i + 2 < tokens.length && DATE.matcher(tokens[i + 1]).matches()) {
                LocalDate date = strictDate(tokens[i + 1]);
                if (date != null) {
                    Commit commit = new Commit(token, date, tokens[i + 2].strip());
                    List<List<String>> changes = new ArrayList<>();
                    i += 3;
                    while (i < tokens.length) {
                        String status = tokens[i].strip();
                        var m = STATUS.matcher(status);
                        if (!m.matches()) break;
                        int paths = m.group(2) != null ? 2 : 1;
                        if (i + paths >= tokens.length) break;
                        List<String> change = new ArrayList<>(List.of(status));
                        for (int p = 1; p <= paths; p++) change.add(tokens[i + p]);
                        changes.add(change);
                        i += 1 + paths;
                    }
                    record = new Record(commit, changes);
                }
            }
            if (record == null) {
                // Skip to the next hash: whatever this was, it is not a commit of ours to show.
                LOG.warn("Historik: springer en post i git log over, som ikke kan læses ({}).", excerpt(token));
                i = start + 1;
                while (i < tokens.length && !HASH.matcher(tokens[i].strip()).matches()) i++;
                continue;
            }
            Commit commit = record.commit();
            if (latest == null || commit.date().isAfter(latest)) latest = commit.date();
            for (List<String> change : record.changes()) {
                String now = change.get(change.size() - 1);
                String today = tracked.get(now);
                if (today == null) continue;
                List<Commit> list = byFile.get(today);
                if (list.isEmpty() || !list.get(list.size() - 1).hash().equals(commit.hash())) {
                    list.add(commit);
                    boolean renamed = change.get(0).startsWith("R") && change.size() == 3;
                    changesByFile.get(today).add(new FileChange(commit, now, renamed ? change.get(1) : now));
                }
                if (change.get(0).startsWith("R") && change.size() == 3) {
                    tracked.remove(now);
                    tracked.put(change.get(1), today);
                }
            }
        }
        byFile.replaceAll((k, v) -> List.copyOf(v));
        changesByFile.replaceAll((k, v) -> List.copyOf(v));
        return new ContentHistory(true, byFile, changesByFile, latest);
    }

    private static LocalDate strictDate(String text) {
        try {
            return LocalDate.parse(text, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static String excerpt(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }

    /** False when the build has no usable git history (the pages then say so). */
    public boolean available() { return available; }

    /** Commits that changed {@code file}, newest first; empty when unknown (e.g. not yet committed). */
    public List<Commit> of(String file) { return byFile.getOrDefault(file, List.of()); }

    /** The commits that changed {@code file} with its path in each and in the commit's parent, newest first. */
    public List<FileChange> changes(String file) { return changesByFile.getOrDefault(file, List.of()); }

    /** The date of the latest commit that changed anything in content/, when known. */
    public Optional<LocalDate> latestContentDate() { return Optional.ofNullable(latest); }
}
