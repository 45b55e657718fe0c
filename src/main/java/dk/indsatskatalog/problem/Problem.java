package dk.indsatskatalog.problem;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with the content, where it is and what would be right. Prints as
 * {@code at: field: message}; {@code code} is stable for tools, {@code value} is the offending
 * value when there is one (may be null), and the hint comes from the code.
 */
public record Problem(SourcePosition at, String field, ProblemCode code, String message, String value)
    implements Comparable<Problem> {
    public Problem {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** A problem whose message is the code's Danish text filled with {@code args}. */
    public static Problem of(SourcePosition at, String field, ProblemCode code, Object... args) {
        return new Problem(at, field, code, code.message(args), code.value(args));
    }

    public String hint() { return code.hint(); }

    @Override public int compareTo(Problem other) {
        return Comparator.comparing(Problem::at).thenComparing(Problem::toString).compare(this, other);
    }

    @Override public String toString() {
        return field == null || field.isEmpty() ? at + ": " + message : at + ": " + field + ": " + message;
    }
}
