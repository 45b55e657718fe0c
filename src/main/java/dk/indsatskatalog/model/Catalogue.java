package dk.indsatskatalog.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The whole validated catalogue: vocabularies, the source register sorted by id and interventions sorted by slug. */
public record Catalogue(Taxonomies taxonomies, List<Source> sources, List<Intervention> interventions) {
    public Catalogue {
        sources = sources.stream().sorted(Comparator.comparing(Source::id)).toList();
        interventions = interventions.stream().sorted(Comparator.comparing(Intervention::slug)).toList();
    }

    public Optional<Intervention> find(Slug slug) {
        return interventions.stream().filter(i -> i.slug().equals(slug)).findFirst();
    }

    public Map<Slug, Intervention> bySlug() {
        return interventions.stream().collect(Collectors.toMap(Intervention::slug, Function.identity()));
    }
}
