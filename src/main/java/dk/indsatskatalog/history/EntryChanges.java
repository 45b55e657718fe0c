package dk.indsatskatalog.history;

import dk.indsatskatalog.model.ContentHistory;
import dk.indsatskatalog.model.ContentHistory.FileChange;
import dk.indsatskatalog.model.EntryChange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What each commit did to its entry: every version before and after a change is read with one
 * {@code git cat-file --batch} ({@link EntryVersions}) and compared ({@link EntryDiff}), so the
 * history pages can say it in Danish instead of showing the developers' commit message.
 */
public final class EntryChanges {
    private EntryChanges() {}

    /** {@code history} with each file change's differences filled in; as it is without git history. */
    public static ContentHistory read(Path projectDir, ContentHistory history) {
        if (!history.available()) return history;
        List<FileChange> all = new ArrayList<>();
        history.changesByFile().values().forEach(all::addAll);
        EntryVersions versions = EntryVersions.read(projectDir, all);
        // Comparing is pure work on text already read, so every change is compared in parallel.
        Map<FileChange, List<EntryChange>> diffs = all.parallelStream().collect(Collectors.toConcurrentMap(c -> c, c -> {
            EntryVersions.Versions v = versions.of(c);
            return EntryDiff.between(v.before(), v.after());
        }, (a, b) -> a));
        Map<String, List<FileChange>> read = new LinkedHashMap<>();
        history.changesByFile().forEach((file, changes) -> read.put(file, changes.stream()
            .map(c -> new FileChange(c.commit(), c.path(), c.previousPath(), diffs.get(c))).toList()));
        return history.withChanges(read);
    }
}
