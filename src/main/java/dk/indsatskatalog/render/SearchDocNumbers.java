package dk.indsatskatalog.render;

import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.model.Slug;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each entry's document number in the search index: its place in the catalogue's slug order, as the
 * index stage numbers documents. Lists write it on their cards, so the shared filter can read the
 * cards' facet bits from {@code search/facets.bin} without a second copy of them.
 */
public final class SearchDocNumbers {
    private final Map<Slug, Integer> numbers;

    private SearchDocNumbers(Map<Slug, Integer> numbers) { this.numbers = Map.copyOf(numbers); }

    public static SearchDocNumbers of(Catalogue catalogue) {
        List<Intervention> entries = catalogue.interventions();
        Map<Slug, Integer> numbers = new HashMap<>();
        for (int d = 0; d < entries.size(); d++) numbers.put(entries.get(d).slug(), d);
        return new SearchDocNumbers(numbers);
    }

    /** The document number of an entry of this catalogue. */
    public int of(Intervention entry) {
        Integer number = numbers.get(entry.slug());
        if (number == null) throw new IllegalArgumentException("not in the catalogue: " + entry.slug().value());
        return number;
    }
}
