package dk.indsatskatalog.model;

import java.util.Objects;

/** A step on the evidence scale (evidensniveau), 1 to 5; names and definitions come from the taxonomy. */
public record EvidenceLevel(int number, Term term) implements Comparable<EvidenceLevel> {
    public static final int MIN = 1;
    public static final int MAX = 5;

    public EvidenceLevel {
        Objects.requireNonNull(term, "term");
        if (number < MIN || number > MAX) throw new IllegalArgumentException("level out of range: " + number);
    }
    public String label() { return term.label(); }
    @Override public int compareTo(EvidenceLevel other) { return Integer.compare(number, other.number); }
}
