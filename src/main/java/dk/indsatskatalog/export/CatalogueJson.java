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
                            String license, String homepage, List<Vocabulary> vocabularies, List<Source> sources,
                            List<Entry> interventions, List<Release> levelChanges) {

    /** A release that changed evidence levels (newest first), as on the page "Ændringer i vurderingerne". */
    public record Release(String date, String title, String summary, List<LevelChange> changes) {}

    /** One entry's level before and after, the flag before and after when it changed (else null), and why. */
    public record LevelChange(String intervention, int from, int to, Boolean flagFrom, Boolean flagTo, String reason) {}

    /** One intervention; also the whole content of {@code data/indsatser/<id>.json}. */
    public record Entry(@JsonProperty("$schema") @JsonInclude(JsonInclude.Include.NON_NULL) String schema, String id, String url, String source,
                        LocalizedText name, LocalizedText summary, String description, List<String> descriptionSources,
                        List<TermRef> targetGroups, List<TermRef> themes, AgeRange ageRange, Resources resources,
                        List<Anchoring> anchoring, List<Partner> partners, List<Place> places, List<String> related,
                        List<String> searchWords, List<String> knowledgeGaps, String lastReviewed, Evidence evidence) {
        /** The same entry as a file of its own, which names its schema. */
        public Entry withSchema(String schema) {
            return new Entry(schema, id, url, source, name, summary, description, descriptionSources, targetGroups, themes,
                ageRange, resources, anchoring, partners, places, related, searchWords, knowledgeGaps, lastReviewed, evidence);
        }
    }

    /** A code from a vocabulary, with its Danish label and its URI. */
    public record TermRef(String code, String label, String uri) {}

    /** An evidence level: its number (1–5), label and URI. */
    public record LevelRef(int number, String label, String uri) {}

    public record Resources(String deliveredBy, String staffing, String duration, TermRef costBand, Cost cost,
                            List<String> sources) {}

    public record Cost(String text, Long minDkk, Long maxDkk, List<String> sources) {}

    public record Anchoring(TermRef strategy, String how, List<String> sources) {}

    public record Place(String municipality, String area, List<String> sources) {}

    /**
     * The entry's evidence and how its level was found: {@code levelSetBy} lists the numbers ({@code no}) of
     * the findings that set the level, {@code relatedEvidence} the lines for evidence that cannot set it,
     * {@code nextStep} what kind of evidence would lift it, {@code sources} every source the entry cites.
     */
    public record Evidence(LevelRef level, List<Integer> levelSetBy, List<RelatedEvidence> relatedEvidence,
                           boolean noEffectFlag, String nextStep, List<String> sources, List<Outcome> outcomes) {}

    /** One source of the register; {@code reportsOn} is the id of the study a news item or web page reports on. */
    public record Source(String id, TermRef kind, String title, String description, String authors, String publisher,
                         Integer year, String url, TermRef design, String rubricClass, Boolean designVerified,
                         String designBasis, String country, TermRef setting, String population, String sample,
                         String programme, String reportsOn, String note) {}

    /**
     * One finding with its rating: {@code level} is the lower of what its kind and its best study's class
     * ({@code rubricClass}, after verification and scope) can carry; {@code levelSetBy} the ids of those studies;
     * {@code countsForHeadline} whether it can set the entry's level.
     */
    public record Outcome(int no, TermRef domain, TermRef kind, TermRef about, TermRef scope, TermRef direction,
                          String finding, List<String> sources, LevelRef level, String rubricClass, List<String> levelSetBy,
                          boolean countsForHeadline, boolean evidenceFromElsewhere, boolean noEffectFlag) {}

    /** Evidence shown on its own line: the best finding about a related programme, a broader bundle, or volunteers or staff. */
    public record RelatedEvidence(TermRef scope, TermRef about, LevelRef level, int outcome, String programme) {}
}
