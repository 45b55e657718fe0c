package dk.indsatskatalog.validate;

import dk.indsatskatalog.load.EntryDocument.AnchoringDocument;
import dk.indsatskatalog.load.EntryDocument.OutcomeDocument;
import dk.indsatskatalog.load.EntryDocument.PlaceDocument;
import dk.indsatskatalog.load.EntryDocument;
import dk.indsatskatalog.load.LoadedFile;
import dk.indsatskatalog.model.AgeRange;
import dk.indsatskatalog.model.Anchoring;
import dk.indsatskatalog.model.Cost;
import dk.indsatskatalog.model.CostBand;
import dk.indsatskatalog.model.Direction;
import dk.indsatskatalog.model.Evidence;
import dk.indsatskatalog.model.EvidenceLevel;
import dk.indsatskatalog.model.FindingKind;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.model.LocalizedText;
import dk.indsatskatalog.model.Outcome;
import dk.indsatskatalog.model.OutcomeDomain;
import dk.indsatskatalog.model.Partner;
import dk.indsatskatalog.model.Place;
import dk.indsatskatalog.model.Rating;
import dk.indsatskatalog.model.Resources;
import dk.indsatskatalog.model.RubricClass;
import dk.indsatskatalog.model.Scope;
import dk.indsatskatalog.model.Slug;
import dk.indsatskatalog.model.Source;
import dk.indsatskatalog.model.SourceId;
import dk.indsatskatalog.model.Subject;
import dk.indsatskatalog.model.Taxonomies;
import dk.indsatskatalog.model.Term;
import dk.indsatskatalog.problem.DidYouMean;
import dk.indsatskatalog.problem.PositionIndex;
import dk.indsatskatalog.problem.Problem;
import dk.indsatskatalog.problem.ProblemCode;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks one entry against the vocabularies and the source register, and builds the typed
 * {@link Intervention} with every finding rated by the {@link Rubric}. Each check is a method named
 * for what must hold; every problem carries the position of the field it is about. Cross-file rules
 * (related slugs exist and point both ways, every source is cited) live in {@link Validator}.
 */
final class EntryValidator {
    static final int SUMMARY_MAX = Limits.SUMMARY_MAX;

    private final Taxonomies taxonomies;
    private final Map<SourceId, Source> register;
    private final LoadedFile<EntryDocument> file;
    private final PositionIndex at;
    private final Checks checks;
    private final List<Problem> problems;
    /** Every source the entry cites, in citation order, for its reference list. */
    private final Set<Source> cited = new LinkedHashSet<>();

    EntryValidator(Taxonomies taxonomies, Map<SourceId, Source> register, LoadedFile<EntryDocument> file, List<Problem> problems) {
        this.taxonomies = taxonomies;
        this.register = register;
        this.file = file;
        this.at = file.positions();
        this.checks = new Checks(at, problems);
        this.problems = problems;
    }

    /** The intervention, or null when this entry has problems. */
    Intervention validate() {
        int before = problems.size();
        EntryDocument d = file.document();
        Slug slug = slugMatchesFileName(d.slug());
        LocalizedText name = new LocalizedText(d.name().da(), blankToNull(d.name().en()));
        LocalizedText summary = new LocalizedText(d.summary().da(), blankToNull(d.summary().en()));
        summaryIsShort(d.summary().da());
        List<Source> descriptionSources = cited(d.descriptionSources(), "descriptionSources");
        List<Term> targetGroups = codes(d.targetGroups(), "targetGroups", taxonomies.targetGroups(), "målgruppe");
        List<Term> themes = codes(d.themes(), "themes", taxonomies.themes(), "tema");
        AgeRange ageRange = ageRange(d.ageRange());
        Resources resources = resources(d.resources());
        List<Anchoring> anchoring = anchoring(d.anchoring());
        List<Partner> partners = list(d.partners()).stream().map(p -> new Partner(p.name(), blankToNull(p.role()))).toList();
        List<Place> places = places(d.places());
        List<Slug> related = relatedSlugsAreWellFormed(d.related(), slug);
        LocalDate lastReviewed = checks.date(d.lastReviewed(), "lastReviewed");
        Evidence evidence = evidence(d.evidence(), targetGroups);
        // evidence is null without a problem here when a cited source's own file is broken (reported there)
        if (problems.size() > before || evidence == null || resources == null) return null;
        // Checked last and kept apart: a wrong claim should not hide how the entry is rated (the explain command shows it).
        claimedLevelIsSupported(d.evidence().level(), evidence.level().number());
        return new Intervention(slug, file.file().toString().replace('\\', '/'), name, summary, d.description(),
            descriptionSources, targetGroups, themes, ageRange, resources, anchoring, partners, places, related,
            trimmed(d.searchWords()), trimmed(d.knowledgeGaps()), lastReviewed, evidence);
    }

    private Slug slugMatchesFileName(String slug) {
        String fileName = file.file().getFileName().toString().replaceAll("\\.yml$", "");
        if (!Slug.isWellFormed(slug)) {
            problems.add(at.problem("slug", ProblemCode.SLUG_ILL_FORMED, slug, Slug.MAX_LENGTH));
            return null;
        }
        if (!slug.equals(fileName)) {
            problems.add(at.problem("slug", ProblemCode.SLUG_NOT_FILE_NAME, slug, fileName));
            return null;
        }
        return new Slug(slug);
    }

    private void summaryIsShort(String summary) {
        if (summary.length() > SUMMARY_MAX) {
            problems.add(at.problem("summary.da", ProblemCode.SUMMARY_TOO_LONG, summary.length(), SUMMARY_MAX));
        }
    }

    /**
     * The register's sources for a list of ids: each must exist, once per list. An id whose file is
     * broken is skipped silently (its file's problems say why).
     */
    private List<Source> cited(List<String> ids, String path) {
        List<Source> sources = new ArrayList<>();
        List<String> list = list(ids);
        for (int i = 0; i < list.size(); i++) {
            String id = list.get(i).strip();
            String itemPath = PositionIndex.item(path, i);
            if (list.subList(0, i).stream().map(String::strip).anyMatch(id::equals)) {
                problems.add(at.problem(itemPath, ProblemCode.SOURCE_CITED_TWICE, id));
                continue;
            }
            SourceId sourceId = Slug.FORM.matcher(id).matches() ? new SourceId(id) : null;
            if (sourceId == null || !register.containsKey(sourceId)) {
                List<String> known = register.keySet().stream().map(SourceId::value).toList(); // only for the hint
                problems.add(at.problem(itemPath, ProblemCode.UNKNOWN_SOURCE, id, DidYouMean.hint(id, known)
                    + (DidYouMean.closest(id, known).isEmpty() ? "; kilderne ligger i content/kilder/<id>.yml" : "")));
                continue;
            }
            Source source = register.get(sourceId);
            if (source != null) {
                sources.add(source);
                cited.add(source);
            }
        }
        return sources;
    }

    private List<Term> codes(List<String> codes, String path, List<Term> vocabulary, String what) {
        List<Term> terms = new ArrayList<>();
        List<String> list = list(codes);
        for (int i = 0; i < list.size(); i++) {
            Term term = checks.code(list.get(i), path + "[" + i + "]", vocabulary, Term::code, what);
            if (term != null && terms.contains(term)) {
                problems.add(at.problem(path + "[" + i + "]", ProblemCode.CODE_TWICE, capitalised(what), term.code()));
            } else if (term != null) {
                terms.add(term);
            }
        }
        return terms;
    }

    private AgeRange ageRange(EntryDocument.AgeRangeDocument d) {
        if (d == null) return null;
        for (String bound : List.of("min", "max")) {
            Integer value = bound.equals("min") ? d.min() : d.max();
            if (value != null && (value < Limits.AGE_MIN || value > Limits.AGE_MAX)) {
                problems.add(at.problem("ageRange." + bound, ProblemCode.AGE_OUT_OF_RANGE, value));
                return null;
            }
        }
        if (d.min() != null && d.max() != null && d.min() > d.max()) {
            problems.add(at.problem("ageRange.max", ProblemCode.AGE_MAX_BELOW_MIN, d.max(), d.min()));
            return null;
        }
        return new AgeRange(d.min(), d.max(), blankToNull(d.note()));
    }

    private Resources resources(EntryDocument.ResourcesDocument d) {
        CostBand band = checks.fixed(d.costBand(), "resources.costBand", CostBand.values(), CostBand::code, "omkostningsniveau");
        Cost cost = null;
        if (d.cost() != null) {
            Long min = d.cost().amountDkk() == null ? null : d.cost().amountDkk().min();
            Long max = d.cost().amountDkk() == null ? null : d.cost().amountDkk().max();
            if (min != null && max != null && min > max) {
                problems.add(at.problem("resources.cost.amountDkk.max", ProblemCode.AMOUNT_MAX_BELOW_MIN, max, min));
            }
            if ((min != null && min < 0) || (max != null && max < 0)) {
                problems.add(at.problem("resources.cost.amountDkk", ProblemCode.AMOUNT_NEGATIVE));
            }
            cost = new Cost(blankToNull(d.cost().text()), min, max, cited(d.cost().sources(), "resources.cost.sources"));
        }
        List<Source> sources = cited(d.sources(), "resources.sources");
        return band == null ? null : new Resources(d.deliveredBy(), blankToNull(d.staffing()), blankToNull(d.duration()),
            band, cost, sources);
    }

    private List<Anchoring> anchoring(List<AnchoringDocument> documents) {
        List<Anchoring> result = new ArrayList<>();
        List<AnchoringDocument> list = list(documents);
        for (int i = 0; i < list.size(); i++) {
            String path = "anchoring[" + i + "]";
            Term strategy = checks.code(list.get(i).strategy(), path + ".strategy", taxonomies.anchoringStrategies(), Term::code, "forankringsstrategi");
            List<Source> sources = cited(list.get(i).sources(), path + ".sources");
            if (strategy != null) result.add(new Anchoring(strategy, list.get(i).how(), sources));
        }
        return result;
    }

    private List<Place> places(List<PlaceDocument> documents) {
        List<Place> result = new ArrayList<>();
        List<PlaceDocument> list = list(documents);
        for (int i = 0; i < list.size(); i++) {
            PlaceDocument p = list.get(i);
            result.add(new Place(p.municipality(), blankToNull(p.area()), cited(p.sources(), "places[" + i + "].sources")));
        }
        return result;
    }

    private List<Slug> relatedSlugsAreWellFormed(List<String> related, Slug own) {
        List<Slug> slugs = new ArrayList<>();
        List<String> list = list(related);
        for (int i = 0; i < list.size(); i++) {
            String value = list.get(i);
            if (!Slug.isWellFormed(value)) {
                problems.add(at.problem("related[" + i + "]", ProblemCode.RELATED_NOT_SLUG, value));
            } else if (own != null && own.value().equals(value)) {
                problems.add(at.problem("related[" + i + "]", ProblemCode.RELATED_SELF));
            } else if (slugs.contains(new Slug(value))) {
                problems.add(at.problem("related[" + i + "]", ProblemCode.RELATED_TWICE, value));
            } else {
                slugs.add(new Slug(value));
            }
        }
        return slugs;
    }

    private Evidence evidence(EntryDocument.EvidenceDocument d, List<Term> targetGroups) {
        List<Outcome> outcomes = new ArrayList<>();
        List<OutcomeDocument> list = list(d.outcomes());
        for (int i = 0; i < list.size(); i++) {
            Outcome outcome = outcome(list.get(i), "evidence.outcomes[" + i + "]", targetGroups);
            if (outcome != null) outcomes.add(outcome);
        }
        if (outcomes.size() != list.size()) return null;
        List<Rating> ratings = Rubric.applyFiveRule(outcomes, outcomes.stream().map(Outcome::rating).toList(), taxonomies);
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            outcomes.set(i, new Outcome(o.domain(), o.kind(), o.about(), o.scope(), o.direction(), o.finding(), o.sources(), ratings.get(i)));
        }
        EvidenceLevel headline = Rubric.headline(outcomes, taxonomies);
        List<Integer> setBy = Rubric.levelSetBy(outcomes, headline);
        return new Evidence(referenceList(), outcomes, headline, setBy, Rubric.related(outcomes, headline),
            outcomes.stream().anyMatch(o -> o.rating().noEffect()),
            Rubric.nextStep(headline, setBy.stream().map(outcomes::get).toList()));
    }

    private Outcome outcome(OutcomeDocument o, String path, List<Term> targetGroups) {
        int before = problems.size();
        OutcomeDomain domain = checks.code(o.domain(), path + ".domain", taxonomies.outcomeDomains(), OutcomeDomain::code, "effektområde");
        FindingKind kind = checks.fixed(o.kind(), path + ".kind", FindingKind.values(), FindingKind::code, "fundtype");
        Subject about = checks.fixed(o.about(), path + ".about", Subject.values(), Subject::code, "hvem fundet handler om");
        Scope scope = checks.fixed(o.scope(), path + ".scope", Scope.values(), Scope::code, "omfang (scope)");
        Direction direction = checks.fixed(o.direction(), path + ".direction", Direction.values(), Direction::code, "retning");
        List<Source> sources = cited(o.sources(), path + ".sources");
        if (problems.size() > before || sources.size() != o.sources().size()) return null;
        kindFitsDomain(kind, domain, path);
        kindFitsDesigns(kind, sources, path);
        if (problems.size() > before) return null;
        Rating rating = Rubric.rate(kind, about, scope, direction, sources, targetGroups, taxonomies);
        return new Outcome(domain, kind, about, scope, direction, o.finding().strip(), sources, rating);
    }

    /** A domain that records delivery or take-up holds no effect or measured change. */
    private void kindFitsDomain(FindingKind kind, OutcomeDomain domain, String path) {
        if (!domain.measuresEffect() && (kind == FindingKind.EFFECT || kind == FindingKind.CHANGE)) {
            problems.add(at.problem(path + ".kind", ProblemCode.FINDING_KIND_DOMAIN, kind.code(), domain.code()));
        }
    }

    /**
     * An effect is a difference against a comparison, so one of its studies must have a comparison
     * design; a measured change needs a study that measures change (a comparison or before and after).
     */
    private void kindFitsDesigns(FindingKind kind, List<Source> sources, String path) {
        List<Source> studies = Rubric.distinctStudies(sources);
        String designs = studies.stream().map(s -> s.study().design().code()).distinct().collect(Collectors.joining(", "));
        if (kind == FindingKind.EFFECT && studies.stream().noneMatch(s -> s.study().design().comparison())) {
            problems.add(at.problem(path + ".kind", ProblemCode.FINDING_EFFECT_WITHOUT_COMPARISON, kind.code(), designs));
        } else if (kind == FindingKind.CHANGE && studies.stream().noneMatch(s -> s.declaredClass().compareTo(RubricClass.CHANGE) >= 0)) {
            problems.add(at.problem(path + ".kind", ProblemCode.FINDING_CHANGE_WITHOUT_MEASURE, kind.code(), designs));
        }
    }

    /** Every cited source and the studies the cited news items report on, ordered as a reference list: authors, year, title. */
    private List<Source> referenceList() {
        Set<Source> all = new LinkedHashSet<>();
        for (Source s : cited) { all.add(s); all.add(s.study()); }
        Collator danish = Collator.getInstance(Locale.forLanguageTag("da-DK"));
        return all.stream().sorted(Comparator.comparing(Source::authors, danish)
            .thenComparing(s -> s.year() == null ? 0 : s.year())
            .thenComparing(s -> s.title() != null ? s.title() : s.description(), danish)
            .thenComparing(Source::id)).toList();
    }

    private void claimedLevelIsSupported(Integer claimed, int derived) {
        if (claimed == null || claimed == derived) return;
        if (claimed > derived) {
            problems.add(at.problem("evidence.level", ProblemCode.LEVEL_OVER_CLAIM, claimed, derived, taxonomies.level(derived).label()));
        } else {
            problems.add(at.problem("evidence.level", ProblemCode.LEVEL_UNDER_CLAIM, claimed, derived, taxonomies.level(derived).label()));
        }
    }

    private static String capitalised(String s) { return s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1); }

    private static <T> List<T> list(List<T> list) { return list == null ? List.of() : list; }

    private static List<String> trimmed(List<String> list) {
        return list(list).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String s) { return Checks.blankToNull(s); }
}
