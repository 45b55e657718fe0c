package dk.indsatskatalog.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Indsats: one intervention, validated. {@code sourcePath} is the entry file relative to the
 * project (for "edit this entry" links); {@code ageRange} may be null.
 */
public record Intervention(Slug slug, String sourcePath, LocalizedText name, LocalizedText summary,
                           String description, List<Source> descriptionSources, List<Term> targetGroups,
                           List<Term> themes, AgeRange ageRange, Resources resources, List<Anchoring> anchoring,
                           List<Partner> partners, List<Place> places, List<Slug> related,
                           List<String> searchWords, List<String> knowledgeGaps, LocalDate lastReviewed,
                           Evidence evidence) {
    public Intervention {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(evidence, "evidence");
        descriptionSources = List.copyOf(descriptionSources);
        targetGroups = List.copyOf(targetGroups);
        themes = List.copyOf(themes);
        anchoring = List.copyOf(anchoring);
        partners = List.copyOf(partners);
        places = List.copyOf(places);
        related = List.copyOf(related);
        searchWords = List.copyOf(searchWords);
        knowledgeGaps = List.copyOf(knowledgeGaps);
    }

    public Term primaryTheme() { return themes.get(0); }
}
