package dk.indsatskatalog.load;

import java.util.Comparator;
import java.util.Objects;

/** One thing wrong with the content, where it is and what would be right. Prints as {@code at: field: message}. */
public record Problem(SourcePosition at, String field, String message) implements Comparable<Problem> {
    public Problem {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(message, "message");
    }

    @Override public int compareTo(Problem other) {
        return Comparator.comparing(Problem::at).thenComparing(Problem::toString).compare(this, other);
    }

    @Override public String toString() {
        return field == null || field.isEmpty() ? at + ": " + message : at + ": " + field + ": " + message;
    }
}
