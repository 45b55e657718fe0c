package dk.indsatskatalog.load;

import dk.indsatskatalog.problem.ProblemCode;

import java.util.List;

/**
 * One entry file as an editor wrote it: lenient (anything may be null), filled by Jackson after
 * {@link ShapeCheck} has confirmed its shape. Only the validator reads it.
 */
@OneOfRequired(fields = {"places", "knowledgeGaps"}, code = ProblemCode.NO_PLACE_OR_GAP)
public record EntryDocument(
    @Required String slug,
    @Required BilingualTextDocument name,
    @Required BilingualTextDocument summary,
    @Required String description,
    @Required List<String> descriptionSources,
    @Required List<String> targetGroups,
    @Required List<String> themes,
    AgeRangeDocument ageRange,
    @Required ResourcesDocument resources,
    List<AnchoringDocument> anchoring,
    List<PartnerDocument> partners,
    List<PlaceDocument> places,
    List<String> related,
    @Required List<String> searchWords,
    List<String> knowledgeGaps,
    @Required String lastReviewed,
    @Required EvidenceDocument evidence) {

    public record LocalizedTextDocument(@Required String da, String en) {}

    /** An entry's name and summary: the catalogue is read in English too, so both languages are required. */
    public record BilingualTextDocument(@Required String da, @Required String en) {}

    public record AgeRangeDocument(Integer min, Integer max, String note) {}

    public record ResourcesDocument(@Required String deliveredBy, String staffing, String duration,
                                    @Required String costBand, CostDocument cost, List<String> sources) {}

    public record CostDocument(String text, AmountDocument amountDkk, @Required List<String> sources) {}

    public record AmountDocument(Long min, Long max) {}

    public record AnchoringDocument(@Required String strategy, @Required String how, List<String> sources) {}

    public record PartnerDocument(@Required String name, String role) {}

    public record PlaceDocument(@Required String municipality, String area, @Required List<String> sources) {}

    /** The claimed level (optional; checked against the rubric) and the findings. */
    public record EvidenceDocument(Integer level, @Required List<OutcomeDocument> outcomes) {}

    /** One finding: what it reports ({@code kind}), whom it is about, what it is evidence about ({@code scope}). */
    public record OutcomeDocument(@Required String domain, @Required String kind, @Required String about,
                                  @Required String scope, @Required String direction, @Required String finding,
                                  @Required List<String> sources) {}
}
