package dk.indsatskatalog.validate;

import dk.indsatskatalog.load.DidYouMean;
import dk.indsatskatalog.load.EntryDocument;
import dk.indsatskatalog.load.EntryDocument.AnchoringDocument;
import dk.indsatskatalog.load.EntryDocument.OutcomeDocument;
import dk.indsatskatalog.load.EntryDocument.PlaceDocument;
import dk.indsatskatalog.load.EntryDocument.StudyDocument;
import dk.indsatskatalog.load.LoadedFile;
import dk.indsatskatalog.load.PositionIndex;
import dk.indsatskatalog.load.Problem;
import dk.indsatskatalog.load.ProblemCode;
import dk.indsatskatalog.model.AgeRange;
import dk.indsatskatalog.model.Anchoring;
import dk.indsatskatalog.model.Cost;
import dk.indsatskatalog.model.CostBand;
import dk.indsatskatalog.model.Countries;
import dk.indsatskatalog.model.Direction;
import dk.indsatskatalog.model.Evidence;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.model.LocalizedText;
import dk.indsatskatalog.model.Outcome;
import dk.indsatskatalog.model.OutcomeDomain;
import dk.indsatskatalog.model.Partner;
import dk.indsatskatalog.model.Place;
import dk.indsatskatalog.model.Resources;
import dk.indsatskatalog.model.Scope;
import dk.indsatskatalog.model.Setting;
import dk.indsatskatalog.model.Slug;
import dk.indsatskatalog.model.Study;
import dk.indsatskatalog.model.StudyDesign;
import dk.indsatskatalog.model.StudyId;
import dk.indsatskatalog.model.Taxonomies;
import dk.indsatskatalog.model.Term;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks one entry against the vocabularies and its own study list, and builds the typed
 * {@link Intervention}. Each check is a method named for what must hold; every problem carries
 * the position of the field it is about. Cross-entry rules (related slugs exist and point both ways, one
 * title per source URL) live in {@link Validator}.
 */
final class EntryValidator {
    static final int SUMMARY_MAX = 400;
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}|" + Countries.INTERNATIONAL);
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Taxonomies taxonomies;
    private final LoadedFile<EntryDocument> file;
    private final PositionIndex at;
    private final List<Problem> problems;

    EntryValidator(Taxonomies taxonomies, LoadedFile<EntryDocument> file, List<Problem> problems) {
        this.taxonomies = taxonomies;
        this.file = file;
        this.at = file.positions();
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
        Map<StudyId, Study> studies = studies(d.evidence().studies());
        List<Study> descriptionSources = cited(d.descriptionSources(), "descriptionSources", studies);
        List<Term> targetGroups = codes(d.targetGroups(), "targetGroups", taxonomies.targetGroups(), "målgruppe");
        List<Term> themes = codes(d.themes(), "themes", taxonomies.themes(), "tema");
        AgeRange ageRange = ageRange(d.ageRange());
        Resources resources = resources(d.resources(), studies);
        List<Anchoring> anchoring = anchoring(d.anchoring(), studies);
        List<Partner> partners = list(d.partners()).stream().map(p -> new Partner(p.name(), blankToNull(p.role()))).toList();
        List<Place> places = places(d.places(), studies);
        List<Slug> related = relatedSlugsAreWellFormed(d.related(), slug);
        LocalDate lastReviewed = dateIsValid(d.lastReviewed(), "lastReviewed");
        Evidence evidence = evidence(d.evidence(), studies);
        if (problems.size() > before) return null;
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

    private Map<StudyId, Study> studies(List<StudyDocument> documents) {
        Map<StudyId, Study> studies = new LinkedHashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            StudyDocument s = documents.get(i);
            String path = "evidence.studies[" + i + "]";
            if (!Slug.FORM.matcher(s.id()).matches()) {
                problems.add(at.problem(path + ".id", ProblemCode.STUDY_ID_ILL_FORMED, s.id()));
                continue;
            }
            StudyId id = new StudyId(s.id());
            if (studies.containsKey(id)) {
                problems.add(at.problem(path + ".id", ProblemCode.STUDY_ID_TWICE, s.id()));
                continue;
            }
            StudyDesign design = code(s.design(), path + ".design", taxonomies.studyDesigns(), StudyDesign::code, "undersøgelsesdesign");
            Setting setting = fixed(s.setting(), path + ".setting", Setting.values(), Setting::code, "sammenhæng (setting)");
            Scope scope = s.scope() == null ? Scope.INTERVENTION : fixed(s.scope(), path + ".scope", Scope.values(), Scope::code, "omfang (scope)");
            countryIsACode(s.country(), path + ".country");
            String url = s.url() == null ? null : urlIsWellFormed(s.url(), path + ".url");
            yearIsPlausible(s.year(), path + ".year");
            if (design != null && setting != null && scope != null) {
                studies.put(id, new Study(id, s.authors().strip(), s.title().strip(), s.year(), url, design,
                    s.country(), setting, scope, blankToNull(s.sample()), blankToNull(s.note())));
            } else {
                studies.put(id, null); // known id, so citations of it do not also fail
            }
        }
        return studies;
    }

    private void countryIsACode(String country, String path) {
        if (!COUNTRY.matcher(country).matches()) {
            problems.add(at.problem(path, ProblemCode.COUNTRY_NOT_CODE, country, Countries.INTERNATIONAL));
        }
    }

    private String urlIsWellFormed(String url, String path) {
        try {
            URI uri = new URI(url.strip());
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                problems.add(at.problem(path, ProblemCode.URL_SCHEME, url));
                return null;
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            problems.add(at.problem(path, ProblemCode.URL_MALFORMED, url, e.getReason()
                + (e.getIndex() >= 0 ? " ved tegn " + (e.getIndex() + 1) : "")));
            return null;
        }
    }

    private void yearIsPlausible(Integer year, String path) {
        if (year != null && (year < 1900 || year > 2100)) {
            problems.add(at.problem(path, ProblemCode.YEAR_IMPLAUSIBLE, year));
        }
    }

    private List<Study> cited(List<String> ids, String path, Map<StudyId, Study> studies) {
        List<Study> cited = new ArrayList<>();
        List<String> known = studies.keySet().stream().map(StudyId::value).toList();
        List<String> list = list(ids);
        for (int i = 0; i < list.size(); i++) {
            String id = list.get(i);
            Study study = Slug.FORM.matcher(id).matches() ? studies.get(new StudyId(id)) : null;
            if (study == null && !known.contains(id)) {
                problems.add(at.problem(path + "[" + i + "]", ProblemCode.UNKNOWN_STUDY, id, DidYouMean.hint(id, known)
                    + (DidYouMean.closest(id, known).isEmpty() ? "; henvis til et id fra evidence.studies" : "")));
            } else if (study != null) {
                cited.add(study);
            }
        }
        return cited;
    }

    private List<Term> codes(List<String> codes, String path, List<Term> vocabulary, String what) {
        List<Term> terms = new ArrayList<>();
        List<String> list = list(codes);
        for (int i = 0; i < list.size(); i++) {
            Term term = code(list.get(i), path + "[" + i + "]", vocabulary, Term::code, what);
            if (term != null && terms.contains(term)) {
                problems.add(at.problem(path + "[" + i + "]", ProblemCode.CODE_TWICE, capitalised(what), term.code()));
            } else if (term != null) {
                terms.add(term);
            }
        }
        return terms;
    }

    private <T> T code(String code, String path, List<T> vocabulary, Function<T, String> codeOf, String what) {
        for (T t : vocabulary) if (codeOf.apply(t).equals(code)) return t;
        List<String> known = vocabulary.stream().map(codeOf).toList();
        problems.add(at.problem(path, ProblemCode.UNKNOWN_CODE, what, code, orList(code, known)));
        return null;
    }

    private <E> E fixed(String code, String path, E[] values, Function<E, String> codeOf, String what) {
        for (E e : values) if (codeOf.apply(e).equals(code)) return e;
        List<String> known = Arrays.stream(values).map(codeOf).toList();
        problems.add(at.problem(path, ProblemCode.UNKNOWN_CODE, what, code, orList(code, known)));
        return null;
    }

    /** A did-you-mean when one is close, else the whole list when it is short. */
    private static String orList(String typed, List<String> known) {
        String hint = DidYouMean.hint(typed, known);
        if (!hint.isEmpty()) return hint;
        return known.size() <= 8 ? "; brug en af " + String.join(", ", known) : "; se koderne i ordlistefilen i content/taxonomies/";
    }

    private AgeRange ageRange(EntryDocument.AgeRangeDocument d) {
        if (d == null) return null;
        for (String bound : List.of("min", "max")) {
            Integer value = bound.equals("min") ? d.min() : d.max();
            if (value != null && (value < 0 || value > 120)) {
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

    private Resources resources(EntryDocument.ResourcesDocument d, Map<StudyId, Study> studies) {
        CostBand band = fixed(d.costBand(), "resources.costBand", CostBand.values(), CostBand::code, "omkostningsniveau");
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
            cost = new Cost(blankToNull(d.cost().text()), min, max, cited(d.cost().sources(), "resources.cost.sources", studies));
        }
        List<Study> sources = cited(d.sources(), "resources.sources", studies);
        return band == null ? null : new Resources(d.deliveredBy(), blankToNull(d.staffing()), blankToNull(d.duration()),
            band, cost, sources);
    }

    private List<Anchoring> anchoring(List<AnchoringDocument> documents, Map<StudyId, Study> studies) {
        List<Anchoring> result = new ArrayList<>();
        List<AnchoringDocument> list = list(documents);
        for (int i = 0; i < list.size(); i++) {
            String path = "anchoring[" + i + "]";
            Term strategy = code(list.get(i).strategy(), path + ".strategy", taxonomies.anchoringStrategies(), Term::code, "forankringsstrategi");
            List<Study> sources = cited(list.get(i).sources(), path + ".sources", studies);
            if (strategy != null) result.add(new Anchoring(strategy, list.get(i).how(), sources));
        }
        return result;
    }

    private List<Place> places(List<PlaceDocument> documents, Map<StudyId, Study> studies) {
        List<Place> result = new ArrayList<>();
        List<PlaceDocument> list = list(documents);
        for (int i = 0; i < list.size(); i++) {
            PlaceDocument p = list.get(i);
            result.add(new Place(p.municipality(), blankToNull(p.area()), cited(p.sources(), "places[" + i + "].sources", studies)));
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

    private LocalDate dateIsValid(String value, String path) {
        if (!DATE.matcher(value.strip()).matches()) {
            problems.add(at.problem(path, ProblemCode.DATE_FORMAT, value));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(at.problem(path, ProblemCode.DATE_NONEXISTENT, value));
            return null;
        }
    }

    private Evidence evidence(EntryDocument.EvidenceDocument d, Map<StudyId, Study> studies) {
        List<Outcome> outcomes = new ArrayList<>();
        List<Rubric.OutcomeRating> ratings = new ArrayList<>();
        List<OutcomeDocument> list = list(d.outcomes());
        for (int i = 0; i < list.size(); i++) {
            OutcomeDocument o = list.get(i);
            String path = "evidence.outcomes[" + i + "]";
            OutcomeDomain domain = code(o.domain(), path + ".domain", taxonomies.outcomeDomains(), OutcomeDomain::code, "effektområde");
            Direction direction = fixed(o.direction(), path + ".direction", Direction.values(), Direction::code, "retning");
            List<Study> cited = cited(o.studies(), path + ".studies", studies);
            if (domain == null || direction == null || cited.size() != o.studies().size()) continue;
            int level = Rubric.outcomeLevel(direction, domain.measuresEffect(), cited);
            ratings.add(new Rubric.OutcomeRating(direction, level));
            outcomes.add(new Outcome(domain, direction, o.finding(), cited, taxonomies.level(level),
                Rubric.noEffectFlag(direction, cited)));
        }
        if (ratings.size() != list.size() || studies.containsValue(null)) return null;
        int headline = Rubric.headlineLevel(ratings);
        claimedLevelIsSupported(d.level(), headline);
        return new Evidence(studies.values().stream().filter(Objects::nonNull).toList(), outcomes,
            taxonomies.level(headline), outcomes.stream().anyMatch(Outcome::noEffectFlag));
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

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }
}
