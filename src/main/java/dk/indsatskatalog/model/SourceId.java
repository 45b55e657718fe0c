package dk.indsatskatalog.model;

import java.util.Objects;

/** A source's id in the register: its file name under {@code content/kilder/}, cited by entries. */
public record SourceId(String value) implements Comparable<SourceId> {
    public SourceId {
        Objects.requireNonNull(value, "value");
        if (!Slug.FORM.matcher(value).matches()) throw new IllegalArgumentException("ill-formed source id: " + value);
    }
    @Override public int compareTo(SourceId other) { return value.compareTo(other.value); }
    @Override public String toString() { return value; }
}
