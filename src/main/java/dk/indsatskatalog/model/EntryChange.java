package dk.indsatskatalog.model;

import java.util.List;

/**
 * One thing a commit changed in an entry file, by key (e.g. {@code level}, {@code findings.added})
 * with its values: numbers as {@link Integer}, codes and texts as {@link String}, code lists as
 * {@code List<String>}. The history pages word each key in Danish.
 */
public record EntryChange(String key, List<Object> values) {
    public EntryChange { values = List.copyOf(values); }

    public static EntryChange of(String key, Object... values) { return new EntryChange(key, List.of(values)); }
}
