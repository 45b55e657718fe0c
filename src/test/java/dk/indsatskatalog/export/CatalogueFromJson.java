package dk.indsatskatalog.export;

import dk.indsatskatalog.model.AgeRange;
import dk.indsatskatalog.model.Anchoring;
import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.Cost;
import dk.indsatskatalog.model.CostBand;
import dk.indsatskatalog.model.Direction;
import dk.indsatskatalog.model.Evidence;
import dk.indsatskatalog.model.EvidenceLevel;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.model.Outcome;
import dk.indsatskatalog.model.OutcomeDomain;
import dk.indsatskatalog.model.Place;
import dk.indsatskatalog.model.Resources;
import dk.indsatskatalog.model.RubricClass;
import dk.indsatskatalog.model.Scope;
import dk.indsatskatalog.model.Setting;
import dk.indsatskatalog.model.Slug;
import dk.indsatskatalog.model.Study;
import dk.indsatskatalog.model.StudyDesign;
import dk.indsatskatalog.model.StudyId;
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
 * says (codes are looked up in the published vocabularies, study ids in the entry's own studies).
 */
final class CatalogueFromJson {
    private CatalogueFromJson() {}

    static Catalogue read(CatalogueJson json) {
        Map<String, Vocabulary> v = json.vocabularies().stream().collect(Collectors.toMap(Vocabulary::id, Function.identity()));
        Taxonomies tax = new Taxonomies(terms(v.get(Vocabularies.TARGET_GROUPS)), terms(v.get(Vocabularies.THEMES)),
            v.get(Vocabularies.DOMAINS).terms().stream().map(t -> new OutcomeDomain(term(t), t.measuresEffect())).toList(),
            terms(v.get(Vocabularies.ANCHORING)),
            v.get(Vocabularies.DESIGNS).terms().stream().map(t -> new StudyDesign(term(t), RubricClass.fromCode(t.rubricClass()))).toList(),
            v.get(Vocabularies.LEVELS).terms().stream().filter(t -> t.number() > 0).map(t -> new EvidenceLevel(t.number(), term(t))).toList(),
            v.get(Vocabularies.LEVELS).terms().stream().filter(t -> t.number() == 0).map(CatalogueFromJson::term).findFirst().orElseThrow());
        return new Catalogue(tax, json.interventions().stream().map(e -> entry(e, tax)).toList());
    }

    static Intervention entry(CatalogueJson.Entry e, Taxonomies tax) {
        Map<String, Study> studies = new LinkedHashMap<>();
        for (CatalogueJson.Study s : e.evidence().studies()) {
            StudyDesign design = tax.studyDesigns().stream().filter(d -> d.code().equals(s.design().code())).findFirst().orElseThrow();
            studies.put(s.id(), new Study(new StudyId(s.id()), s.authors(), s.title(), s.year(), s.url(), design, s.country(),
                code(Setting.values(), Setting::code, s.setting().code()), code(Scope.values(), Scope::code, s.scope().code()),
                s.sample(), s.note()));
        }
        Function<List<String>, List<Study>> cite = ids -> ids.stream().map(id -> {
            Study s = studies.get(id);
            if (s == null) throw new AssertionError(e.id() + " cites unknown study " + id);
            return s;
        }).toList();
        CatalogueJson.Resources r = e.resources();
        Resources resources = new Resources(r.deliveredBy(), r.staffing(), r.duration(),
            code(CostBand.values(), CostBand::code, r.costBand().code()),
            r.cost() == null ? null : new Cost(r.cost().text(), r.cost().minDkk(), r.cost().maxDkk(), cite.apply(r.cost().sources())),
            cite.apply(r.sources()));
        List<Outcome> outcomes = e.evidence().outcomes().stream().map(o -> new Outcome(
            tax.outcomeDomains().stream().filter(d -> d.code().equals(o.domain().code())).findFirst().orElseThrow(),
            code(Direction.values(), Direction::code, o.direction().code()), o.finding(), cite.apply(o.studies()),
            tax.level(o.level().number()), o.noEffectFlag())).toList();
        AgeRange age = e.ageRange();
        return new Intervention(new Slug(e.id()), e.source(), e.name(), e.summary(), e.description(),
            cite.apply(e.descriptionSources()), lookup(tax.targetGroups(), e.targetGroups()), lookup(tax.themes(), e.themes()),
            age, resources,
            e.anchoring().stream().map(a -> new Anchoring(lookup(tax.anchoringStrategies(), List.of(a.strategy())).get(0), a.how(),
                cite.apply(a.sources()))).toList(),
            e.partners(), e.places().stream().map(p -> new Place(p.municipality(), p.area(), cite.apply(p.sources()))).toList(),
            e.related().stream().map(Slug::new).toList(), e.searchWords(), e.knowledgeGaps(), LocalDate.parse(e.lastReviewed()),
            new Evidence(List.copyOf(studies.values()), outcomes, tax.level(e.evidence().level().number()), e.evidence().noEffectFlag()));
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
