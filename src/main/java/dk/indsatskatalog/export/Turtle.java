package dk.indsatskatalog.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small Turtle writer: prefixes, then one subject block at a time. Literals are escaped per the
 * Turtle grammar (quotes, backslash, control characters), so editor text cannot break the document.
 */
final class Turtle {
    private final StringBuilder out = new StringBuilder();
    private final List<String> statements = new ArrayList<>();
    private String subject;

    Turtle prefix(String prefix, String namespace) {
        out.append("@prefix ").append(prefix).append(": <").append(namespace).append("> .\n");
        return this;
    }

    /** Starts a subject block (an IRI in angle brackets or a prefixed name). */
    Turtle subject(String term) {
        end();
        subject = term;
        return this;
    }

    Turtle add(String predicate, String object) {
        if (object != null) statements.add(predicate + " " + object);
        return this;
    }

    Turtle end() {
        if (subject != null) {
            out.append('\n').append(subject).append("\n    ").append(String.join(" ;\n    ", statements)).append(" .\n");
        }
        subject = null;
        statements.clear();
        return this;
    }

    byte[] bytes() {
        end();
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String iri(String iri) {
        for (char c : iri.toCharArray()) {
            if (c <= ' ' || "<>\"{}|^`\\".indexOf(c) >= 0) throw new IllegalArgumentException("not an IRI: " + iri);
        }
        return "<" + iri + ">";
    }

    /** A language-tagged string, or null (no statement) for null text. */
    static String text(String value, String language) {
        return value == null ? null : literal(value) + "@" + language;
    }

    static String typed(String value, String datatype) { return literal(value) + "^^" + datatype; }

    static String literal(String value) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) s.append(String.format("\\u%04X", (int) c));
                    else s.append(c);
                }
            }
        }
        return s.append('"').toString();
    }
}
