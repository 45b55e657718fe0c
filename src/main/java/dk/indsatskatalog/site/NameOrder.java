package dk.indsatskatalog.site;

import dk.indsatskatalog.model.Intervention;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Alphabetical order of entries: Danish collation of the Danish name (æ, ø, å last), then slug for a
 * stable tie-break. The lists, the search index's name order and the evidence map all sort by it,
 * so a list sorted by name in the browser matches the lists the build writes.
 */
public final class NameOrder {
    private NameOrder() {}

    public static Comparator<Intervention> byName() {
        return Comparator.comparing((Intervention i) -> i.name().da(), danish()).thenComparing(Intervention::slug);
    }

    /** Danish collation for names. */
    public static Comparator<Object> danish() { return Collator.getInstance(Locale.forLanguageTag("da-DK")); }
}
