package dk.indsatskatalog.export;

import dk.indsatskatalog.model.AgeRange;
import dk.indsatskatalog.model.Anchoring;
import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.Cost;
import dk.indsatskatalog.model.CostBand;
import dk.indsatskatalog.model.Direction;
import dk.indsatskatalog.model.Evidence;
import dk.indsatskatalog.model.EvidenceLevel;
import dk.indsatskatalog.model.FindingKind;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.model.NextStep;
import dk.indsatskatalog.model.Outcome;
import dk.indsatskatalog.model.OutcomeDomain;
import dk.indsatskatalog.model.Place;
import dk.indsatskatalog.model.Rating;
import dk.indsatskatalog.model.RelatedEvidence;
import dk.indsatskatalog.model.Resources;
import dk.indsatskatalog.model.RubricClass;
import dk.indsatskatalog.model.Scope;
import dk.indsatskatalog.model.Setting;
import dk.indsatskatalog.model.Slug;
import dk.indsatskatalog.model.Source;
import dk.indsatskatalog.model.SourceId;
import dk.indsatskatalog.model.SourceKind;
import dk.indsatskatalog.model.StudyDesign;
import dk.indsatskatalog.model.Subject;
import dk.indsatskatalog.model.Taxonomies;
import dk.indsatskatalog.model.Term;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a reuser would write: the published JSON turned back into the model, using only what the JSON
 * says (codes are looked up in the published vocabularies, source ids in the published register).
 */
final class CatalogueFromJson {
    private CatalogueFromJson() {}

    static Catalogue read(CatalogueJson json) {
        Map<String, Vocabulary> v = json.vocabularies().stream().collect(Collectors.toMap(Vocabulary::id, Function.identity()));
        Taxonomies tax = new Taxonomies(terms(v.get(Vocabularies.TARGET_GROUPS)), terms(v.get(Vocabularies.THEMES)),
            v.get(Vocabularies.DOMAINS).terms().stream().map(t -> new OutcomeDomain(term(t), t.measuresEffect())).toList(),
            terms(v.get(Vocabularies.ANCHORING)),
            v.get(Vocabularies.DESIGNS).terms().stream().map(t -> new StudyDesign(term(t), RubricClass.fromCode(t.rubricClass()),
                Boolean.TRUE.equals(t.comparison()))).toList(),
            v.get(Vocabularies.LEVELS).terms().stream().filter(t -> t.number() > 0).map(t -> new EvidenceLevel(t.number(), term(t))).toList(),
            v.get(Vocabularies.LEVELS).terms().stream().filter(t -> t.number() == 0).map(CatalogueFromJson::term).findFirst().orElseThrow());
        Map<String, Source> register = new LinkedHashMap<>();
        // Studies first: a news item names the study it reports on.
        for (boolean reporting : new boolean[]{false, true}) {
            for (CatalogueJson.Source s : json.sources()) {
                if ((s.reportsOn() != null) == reporting) register.put(s.id(), source(s, tax, register));
            }
        }
        return new Catalogue(tax, List.copyOf(register.values()), json.interventions().stream().map(e -> entry(e, tax, register)).toList(),
            json.levelChanges().stream().map(r -> new dk.indsatskatalog.model.Release(LocalDate.parse(r.date()), r.title(), r.summary(),
                r.changes().stream().map(c -> new dk.indsatskatalog.model.LevelChange(new Slug(c.intervention()), c.from(), c.to(),
                    c.flagFrom(), c.flagTo(), c.reason())).toList())).toList());
    }

    private static Source source(CatalogueJson.Source s, Taxonomies tax, Map<String, Source> register) {
        StudyDesign design = s.design() == null ? null
            : tax.studyDesigns().stream().filter(d -> d.code().equals(s.design().code())).findFirst().orElseThrow();
        return new Source(new SourceId(s.id()), code(SourceKind.values(), SourceKind::code, s.kind().code()), s.title(), s.description(),
            s.authors(), s.publisher(), s.year(), s.url(), design, Boolean.TRUE.equals(s.designVerified()), s.designBasis(),
            s.country(), code(Setting.values(), Setting::code, s.setting().code()), s.population(), s.sample(), s.programme(),
            s.reportsOn() == null ? null : register.get(s.reportsOn()), s.note());
    }

    static Intervention entry(CatalogueJson.Entry e, Taxonomies tax, Map<String, Source> register) {
        Function<List<String>, List<Source>> cite = ids -> ids.stream().map(id -> {
            Source s = register.get(id);
            if (s == null) throw new AssertionError(e.id() + " cites unknown source " + id);
            return s;
        }).toList();
        CatalogueJson.Resources r = e.resources();
        Resources resources = new Resources(r.deliveredBy(), r.staffing(), r.duration(),
            code(CostBand.values(), CostBand::code, r.costBand().code()),
            r.cost() == null ? null : new Cost(r.cost().text(), r.cost().minDkk(), r.cost().maxDkk(), cite.apply(r.cost().sources())),
            cite.apply(r.sources()));
        List<Outcome> outcomes = e.evidence().outcomes().stream().map(o -> new Outcome(
            tax.outcomeDomains().stream().filter(d -> d.code().equals(o.domain().code())).findFirst().orElseThrow(),
            code(FindingKind.values(), FindingKind::code, o.kind().code()), code(Subject.values(), Subject::code, o.about().code()),
            code(Scope.values(), Scope::code, o.scope().code()), code(Direction.values(), Direction::code, o.direction().code()),
            o.finding(), cite.apply(o.sources()),
            new Rating(tax.level(o.level().number()), cite.apply(o.levelSetBy()), RubricClass.fromCode(o.rubricClass()),
                o.countsForHeadline(), o.evidenceFromElsewhere(), o.noEffectFlag()))).toList();
        CatalogueJson.Evidence ev = e.evidence();
        AgeRange age = e.ageRange();
        return new Intervention(new Slug(e.id()), e.source(), e.name(), e.summary(), e.description(),
            cite.apply(e.descriptionSources()), lookup(tax.targetGroups(), e.targetGroups()), lookup(tax.themes(), e.themes()),
            age, resources,
            e.anchoring().stream().map(a -> new Anchoring(lookup(tax.anchoringStrategies(), List.of(a.strategy())).get(0), a.how(),
                cite.apply(a.sources()))).toList(),
            e.partners(), e.places().stream().map(p -> new Place(p.municipality(), p.area(), cite.apply(p.sources()))).toList(),
            e.related().stream().map(Slug::new).toList(), e.searchWords(), e.knowledgeGaps(), LocalDate.parse(e.lastReviewed()),
            new Evidence(cite.apply(ev.sources()), outcomes, tax.level(ev.level().number()),
                ev.levelSetBy().stream().map(n -> n - 1).toList(),
                ev.relatedEvidence().stream().map(x -> new RelatedEvidence(code(Scope.values(), Scope::code, x.scope().code()),
                    x.about() == null ? null : code(Subject.values(), Subject::code, x.about().code()), tax.level(x.level().number()),
                    x.outcome() - 1, x.programme())).toList(),
                ev.noEffectFlag(), code(NextStep.values(), NextStep::code, ev.nextStep())));
    }

    private static List<Term> terms(Vocabulary vocabulary) {
        return vocabulary.terms().stream().map(CatalogueFromJson::term).toList();
    }

    private static Term term(Vocabulary.Term t) { return new Term(t.code(), t.label(), t.description()); }

    private static List<Term> lookup(List<Term> terms, List<CatalogueJson.TermRef> refs) {
        return refs.stream().map(ref -> Taxonomies.find(terms, ref.code()).orElseThrow(() -> new AssertionError("unknown code " + ref.code()))).toList();
    }

    private static <E> E code(E[] values, Function<E, String> code, String wanted) {
        return Arrays.stream(values).filter(v -> code.apply(v).equals(wanted)).findFirst()
            .orElseThrow(() -> new AssertionError("unknown code " + wanted));
    }
}
