package dk.indsatskatalog.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dk.indsatskatalog.model.AgeRange;
import dk.indsatskatalog.model.LocalizedText;
import dk.indsatskatalog.model.Partner;

import java.util.List;

/**
 * The published JSON shape of the whole catalogue ({@code data/indsatskatalog.json}); documented in
 * {@code docs/open-data.md} and by the JSON Schemas in {@code data/schema/}. Ids are slugs, every code
 * comes with its label and URI, unknown values are {@code null} (never left out), dates are ISO 8601.
 */
public record CatalogueJson(@JsonProperty("$schema") String schema, String title, String description, String release,
                            String license, String homepage, List<Vocabulary> vocabularies, List<Entry> interventions) {

    /** One intervention; also the whole content of {@code data/indsatser/<id>.json}. */
    public record Entry(@JsonProperty("$schema") @JsonInclude(JsonInclude.Include.NON_NULL) String schema, String id, String url, String source,
                        LocalizedText name, LocalizedText summary, String description, List<String> descriptionSources,
                        List<TermRef> targetGroups, List<TermRef> themes, AgeRange ageRange, Resources resources,
                        List<Anchoring> anchoring, List<Partner> partners, List<Place> places, List<String> related,
                        List<String> searchWords, List<String> knowledgeGaps, String lastReviewed, Evidence evidence) {}

    /** A code from a vocabulary, with its Danish label and its URI. */
    public record TermRef(String code, String label, String uri) {}

    /** An evidence level: its number (1–5), label and URI. */
    public record LevelRef(int number, String label, String uri) {}

    public record Resources(String deliveredBy, String staffing, String duration, TermRef costBand, Cost cost,
                            List<String> sources) {}

    public record Cost(String text, Long minDkk, Long maxDkk, List<String> sources) {}

    public record Anchoring(TermRef strategy, String how, List<String> sources) {}

    public record Place(String municipality, String area, List<String> sources) {}

    public record Evidence(LevelRef level, boolean noEffectFlag, List<Study> studies, List<Outcome> outcomes) {}

    public record Study(String id, String authors, String title, Integer year, String url, TermRef design,
                        String rubricClass, String country, TermRef setting, TermRef scope, String sample, String note) {}

    public record Outcome(TermRef domain, TermRef direction, String finding, List<String> studies, LevelRef level,
                          boolean noEffectFlag) {}
}
