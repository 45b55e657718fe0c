package dk.indsatskatalog.problem;

import java.nio.file.Path;
import java.util.Comparator;

/** A place in a source file; line and column are 1-based. Prints as {@code file:line:column}. */
public record SourcePosition(Path file, int line, int column) implements Comparable<SourcePosition> {
    private static final Comparator<SourcePosition> ORDER = Comparator
        .comparing((SourcePosition p) -> p.file.toString().replace('\\', '/'))
        .thenComparingInt(SourcePosition::line).thenComparingInt(SourcePosition::column);

    public static SourcePosition startOf(Path file) { return new SourcePosition(file, 1, 1); }

    @Override public int compareTo(SourcePosition other) { return ORDER.compare(this, other); }

    @Override public String toString() {
        return file.toString().replace('\\', '/') + ":" + line + ":" + column;
    }
}
