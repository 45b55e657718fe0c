package dk.indsatskatalog.model;

import java.util.Objects;
import java.util.regex.Pattern;

/** An intervention's permanent id: the file name, the URL segment and the key in open data. */
public record Slug(String value) implements Comparable<Slug> {
    public static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int MAX_LENGTH = 60;

    public Slug {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) throw new IllegalArgumentException("ill-formed slug: " + value);
    }

    public static boolean isWellFormed(String value) {
        return value != null && value.length() >= 2 && value.length() <= MAX_LENGTH && FORM.matcher(value).matches();
    }

    @Override public int compareTo(Slug other) { return value.compareTo(other.value); }
    @Override public String toString() { return value; }
}
