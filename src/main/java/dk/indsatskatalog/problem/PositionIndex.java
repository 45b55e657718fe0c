package dk.indsatskatalog.problem;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each field path of one file stands ({@code evidence.outcomes[0].studies[1]}). A path the
 * file does not contain falls back to its nearest written parent, so a missing field points at the
 * mapping it is missing from.
 */
public final class PositionIndex {
    private final Path file;
    private final Map<String, SourcePosition> positions = new HashMap<>();

    public PositionIndex(Path file) { this.file = file; }

    /** Records where {@code path} starts; the first position recorded for a path wins. */
    public void record(String path, int line, int column) {
        positions.putIfAbsent(path, new SourcePosition(file, line, column));
    }

    public Path file() { return file; }

    public SourcePosition of(String path) {
        String p = path;
        while (true) {
            SourcePosition found = positions.get(p);
            if (found != null) return found;
            if (p.isEmpty()) return SourcePosition.startOf(file);
            p = parent(p);
        }
    }

    public Problem problem(String path, ProblemCode code, Object... args) { return Problem.of(of(path), path, code, args); }

    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    public static String child(String parent, String field) { return parent.isEmpty() ? field : parent + "." + field; }

    public static String item(String parent, int index) { return parent + "[" + index + "]"; }
}
