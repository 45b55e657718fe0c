package dk.indsatskatalog.model;

import java.util.Objects;

/** A study's id, unique within its entry; outcomes and other fields cite studies by it. */
public record StudyId(String value) {
    public StudyId {
        Objects.requireNonNull(value, "value");
        if (!Slug.FORM.matcher(value).matches()) throw new IllegalArgumentException("ill-formed study id: " + value);
    }
    @Override public String toString() { return value; }
}
