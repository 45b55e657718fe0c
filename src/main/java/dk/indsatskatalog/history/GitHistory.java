package dk.indsatskatalog.history;

import dk.indsatskatalog.model.ContentHistory.Commit;
import dk.indsatskatalog.model.ContentHistory.FileChange;
import dk.indsatskatalog.model.ContentHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what git knows about the content, once per build: the checked-out commit, and the commits
 * that changed each entry file (newest first, renames followed) with one {@code git log} for all
 * files, so it costs the same at 40 entries as at 10,000. Without git, or in a shallow clone
 * (whose log would be wrong), the history is not available and the pages say so.
 */
public final class GitHistory {
    private static final Logger LOG = LoggerFactory.getLogger(GitHistory.class);
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern STATUS = Pattern.compile("([ACDMTUXB])\\d*|([RC])\\d+");
    private static final Pattern SHORT_COMMIT = Pattern.compile("[0-9a-f]{7,40}");
    /** Length of the abbreviated commit in the release id. */
    public static final int SHORT_COMMIT_LENGTH = 12;

    /**
     * What git printed, before it is matched to the entry files; null fields when git had nothing. The
     * log is null in a shallow clone (then only the newest content date is known) or when git failed.
     */
    public record Log(String commit, String log, LocalDate latestContentChange) {
        /** The history of {@code files} (paths relative to the project, e.g. {@code content/interventions/x.yml}). */
        public ContentHistory history(Collection<String> files) {
            if (commit == null) return ContentHistory.none();
            if (log == null) return new ContentHistory(false, commit, latestContentChange, Map.of());
            return parse(commit, log, files);
        }
    }

    private GitHistory() {}

    /**
     * Runs git in {@code projectDir}: one {@code rev-parse} for the commit and whether the clone is
     * shallow, then one {@code log} of content/ (only its newest date in a shallow clone).
     */
    public static Log read(Path projectDir) {
        Git git = new Git(projectDir);
        Optional<List<String>> state = git.run("rev-parse", "--is-inside-work-tree", "--is-shallow-repository",
            "--short=" + SHORT_COMMIT_LENGTH, "HEAD").map(out -> out.lines().map(String::strip).toList());
        if (state.isEmpty() || state.get().size() != 3 || !"true".equals(state.get().get(0))
                || !SHORT_COMMIT.matcher(state.get().get(2)).matches()) {
            return new Log(null, null, null);
        }
        String commit = state.get().get(2);
        if (!"false".equals(state.get().get(1))) {
            LocalDate latest = git.run("log", "-1", "--format=%cs", "--", "content").map(String::strip)
                .map(GitHistory::strictDate).orElse(null);
            return new Log(commit, null, latest);
        }
        // -z: every field and path ends in NUL, which no commit subject or file name can contain,
        // so a subject cannot end its record early or forge another commit.
        Optional<String> log = git.run("log", "-z", "--relative", "-M", "--name-status", "--no-color",
            "--format=%H%x00%cs%x00%s", "--", "content");
        return new Log(commit, log.orElse(null), null);
    }

    /** Reads and matches in one go: the history of {@code files} in the project at {@code projectDir}. */
    public static ContentHistory read(Path projectDir, Collection<String> files) {
        return read(projectDir).history(files);
    }

    /** One commit as {@code git log -z --name-status} prints it. */
    private record Record(Commit commit, List<List<String>> changes) {}

    /**
     * Parses {@code git log -z --name-status --format=%H%x00%cs%x00%s}: per commit a hash, a date
     * and a subject, then its changes (a status, then one path, or two for a rename or copy). A
     * record that does not parse is skipped with a warning; it never takes another commit's place.
     * The latest content change is the first commit's date, as {@code git log -1} gives it.
     */
    static ContentHistory parse(String commit, String log, Collection<String> files) {
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
                    Commit c = new Commit(token, date, tokens[i + 2].strip());
                    List<List<String>> changes = new ArrayList<>();
                    i += 3;
                    while (i < tokens.length) {
                        String status = tokens[i].strip();
                        Matcher m = STATUS.matcher(status);
                        if (!m.matches()) break;
                        int paths = m.group(2) != null ? 2 : 1;
                        if (i + paths >= tokens.length) break;
                        List<String> change = new ArrayList<>(List.of(status));
                        for (int p = 1; p <= paths; p++) change.add(tokens[i + p]);
                        changes.add(change);
                        i += 1 + paths;
                    }
                    record = new Record(c, changes);
                }
            }
            if (record == null) {
                // Skip to the next hash: whatever this was, it is not a commit of ours to show.
                LOG.warn("Historik: springer en post i git log over, som ikke kan læses ({}).", excerpt(token));
                i = start + 1;
                while (i < tokens.length && !HASH.matcher(tokens[i].strip()).matches()) i++;
                continue;
            }
            Commit c = record.commit();
            if (latest == null) latest = c.date();
            for (List<String> change : record.changes()) {
                String now = change.get(change.size() - 1);
                String today = tracked.get(now);
                if (today == null) continue;
                List<Commit> list = byFile.get(today);
                if (list.isEmpty() || !list.get(list.size() - 1).hash().equals(c.hash())) {
                    list.add(c);
                    boolean renamed = change.get(0).startsWith("R") && change.size() == 3;
                    changesByFile.get(today).add(new FileChange(c, now, renamed ? change.get(1) : now, List.of()));
                }
                if (change.get(0).startsWith("R") && change.size() == 3) {
                    tracked.remove(now);
                    tracked.put(change.get(1), today);
                }
            }
        }
        byFile.replaceAll((k, v) -> List.copyOf(v));
        changesByFile.replaceAll((k, v) -> List.copyOf(v));
        return new ContentHistory(true, commit, latest, byFile, changesByFile);
    }

    private static LocalDate strictDate(String text) {
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String excerpt(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
