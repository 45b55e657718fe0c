package dk.indsatskatalog.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole validated catalogue: vocabularies, the source register sorted by id, interventions sorted by
 * slug, and the log of level changes, newest release first.
 */
public record Catalogue(Taxonomies taxonomies, List<Source> sources, List<Intervention> interventions, List<Release> changeLog) {
    public Catalogue {
        sources = sources.stream().sorted(Comparator.comparing(Source::id)).toList();
        interventions = interventions.stream().sorted(Comparator.comparing(Intervention::slug)).toList();
        changeLog = List.copyOf(changeLog);
    }

    /** A catalogue without a change log. */
    public Catalogue(Taxonomies taxonomies, List<Source> sources, List<Intervention> interventions) {
        this(taxonomies, sources, interventions, List.of());
    }

    public Optional<Intervention> find(Slug slug) {
        return interventions.stream().filter(i -> i.slug().equals(slug)).findFirst();
    }

    public Map<Slug, Intervention> bySlug() {
        return interventions.stream().collect(Collectors.toMap(Intervention::slug, Function.identity()));
    }
}
