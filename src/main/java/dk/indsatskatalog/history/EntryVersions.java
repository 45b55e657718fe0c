package dk.indsatskatalog.history;

import dk.indsatskatalog.model.ContentHistory.FileChange;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An entry file's text before and after each commit that changed it, read with one
 * {@code git cat-file --batch} for the whole catalogue (not one git call per version).
 */
public final class EntryVersions {
    /** Larger versions are not read (the loader refuses entry files over this size too). */
    static final int MAX_BYTES = 256 * 1024;

    /** The file's text before the commit (null when the commit added it) and after it (null when it removed it). */
    public record Versions(String before, String after) {}

    private final Map<String, String> texts; // "<hash>:<path>" or "<hash>^:<path>" → text; absent when git has no such file

    private EntryVersions(Map<String, String> texts) { this.texts = texts; }

    /** Reads every version the changes need; empty (every version unknown) when git cannot answer. */
    public static EntryVersions read(Path projectDir, List<FileChange> changes) {
        Set<String> wanted = new LinkedHashSet<>();
        for (FileChange c : changes) {
            wanted.add(after(c));
            wanted.add(before(c));
        }
        if (wanted.isEmpty()) return new EntryVersions(Map.of());
        StringBuilder request = new StringBuilder();
        // "./" makes the path relative to the project folder, as git log --relative printed it.
        for (String name : wanted) request.append(name).append('\n');
        Optional<byte[]> out = new Git(projectDir).runBytes(request.toString().getBytes(StandardCharsets.UTF_8), "cat-file", "--batch");
        return new EntryVersions(out.map(bytes -> parse(bytes, new ArrayList<>(wanted))).orElse(Map.of()));
    }

    /** The versions around one change; a version git did not have (or that was too large) is null. */
    public Versions of(FileChange change) { return new Versions(texts.get(before(change)), texts.get(after(change))); }

    private static String after(FileChange c) { return c.commit().hash() + ":./" + c.path(); }

    private static String before(FileChange c) { return c.commit().hash() + "^:./" + c.previousPath(); }

    /**
     * {@code cat-file --batch} answers each request line, in order, with {@code <oid> <type> <size>\n<content>\n}
     * or {@code <name> missing\n} (also "ambiguous"); the content is read by its size, never by searching for a line end.
     */
    static Map<String, String> parse(byte[] out, List<String> names) {
        Map<String, String> texts = new HashMap<>();
        int at = 0;
        for (String name : names) {
            int end = indexOf(out, (byte) '\n', at);
            if (end < 0) break;
            String header = new String(out, at, end - at, StandardCharsets.UTF_8);
            at = end + 1;
            String[] parts = header.split(" ");
            if (parts.length != 3 || !parts[2].matches("\\d{1,10}")) continue; // missing, ambiguous
            long size = Long.parseLong(parts[2]);
            if (size > out.length - at) break;
            if (parts[1].equals("blob") && size <= MAX_BYTES) {
                texts.put(name, new String(out, at, (int) size, StandardCharsets.UTF_8));
            }
            at += (int) size + 1;
        }
        return texts;
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) if (bytes[i] == b) return i;
        return -1;
    }
}
