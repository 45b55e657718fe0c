package dk.indsatskatalog.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.Evidence;
import dk.indsatskatalog.model.EvidenceLevel;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.model.Outcome;
import dk.indsatskatalog.model.Rating;
import dk.indsatskatalog.model.Source;
import dk.indsatskatalog.model.Term;
import dk.indsatskatalog.site.SiteInfo;
import dk.indsatskatalog.site.UrlPaths;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The catalogue as JSON: the model mapped to {@link CatalogueJson}, written with a fixed layout. */
public final class JsonExport {
    static final String TITLE = "Indsatskatalog";
    /** What the data set is, in Danish: the catalogue's, the data package's and DCAT's description. */
    static String description() { return OpenDataPages.TEXTS.get("dataset.description"); }
    public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";

    /** Two-space indentation and "\n" on every platform; UTF-8 without escaping Danish letters. */
    static final ObjectWriter WRITER = new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private final SiteInfo site;
    private final Vocabularies vocabularies;

    public JsonExport(SiteInfo site) {
        this.site = site;
        this.vocabularies = new Vocabularies(site);
    }

    public CatalogueJson catalogue(Catalogue catalogue, Release release) {
        return new CatalogueJson(DataPaths.absolute(site, DataPaths.CATALOGUE_SCHEMA), TITLE, description(), release.id(),
            LICENSE, DataPaths.absolute(site, UrlPaths.HOME), vocabularies.all(catalogue.taxonomies()),
            catalogue.sources().stream().map(this::source).toList(),
            catalogue.interventions().stream().map(this::entry).toList(),
            catalogue.changeLog().stream().map(r -> new CatalogueJson.Release(r.date().toString(), r.title(), r.summary(),
                r.changes().stream().map(c -> new CatalogueJson.LevelChange(c.entry().value(), c.from(), c.to(), c.flagFrom(),
                    c.flagTo(), c.reason())).toList())).toList());
    }

    /** One entry, as the catalogue holds it (a file of its own adds its schema: {@link CatalogueJson.Entry#withSchema}). */
    private CatalogueJson.Entry entry(Intervention i) {
        return new CatalogueJson.Entry(null,
            i.slug().value(), DataPaths.absolute(site, UrlPaths.entry(i.slug())), i.sourcePath(), i.name(), i.summary(),
            i.description(), ids(i.descriptionSources()),
            refs(Vocabularies.TARGET_GROUPS, i.targetGroups()), refs(Vocabularies.THEMES, i.themes()), i.ageRange(),
            new CatalogueJson.Resources(i.resources().deliveredBy(), i.resources().staffing(), i.resources().duration(),
                fixed(Vocabularies.COST_BANDS, i.resources().costBand().code(), i.resources().costBand().label()),
                i.resources().cost() == null ? null : new CatalogueJson.Cost(i.resources().cost().text(),
                    i.resources().cost().minDkk(), i.resources().cost().maxDkk(), ids(i.resources().cost().sources())),
                ids(i.resources().sources())),
            i.anchoring().stream().map(a -> new CatalogueJson.Anchoring(ref(Vocabularies.ANCHORING, a.strategy()), a.how(),
                ids(a.sources()))).toList(),
            i.partners(),
            i.places().stream().map(p -> new CatalogueJson.Place(p.municipality(), p.area(), ids(p.sources()))).toList(),
            i.related().stream().map(s -> s.value()).toList(), i.searchWords(), i.knowledgeGaps(),
            i.lastReviewed().toString(),
            evidence(i.evidence()));
    }

    private CatalogueJson.Evidence evidence(Evidence e) {
        List<CatalogueJson.Outcome> outcomes = new ArrayList<>();
        for (int n = 0; n < e.outcomes().size(); n++) outcomes.add(outcome(n + 1, e.outcomes().get(n)));
        return new CatalogueJson.Evidence(level(e.level()), e.levelSetBy().stream().map(n -> n + 1).toList(),
            e.related().stream().map(r -> new CatalogueJson.RelatedEvidence(fixed(Vocabularies.SCOPES, r.scope().code(), r.scope().label()),
                r.about() == null ? null : fixed(Vocabularies.SUBJECTS, r.about().code(), r.about().label()),
                level(r.level()), r.outcome() + 1, r.programme())).toList(),
            e.noEffectFlag(), e.nextStep().code(), ids(e.sources()), outcomes);
    }

    /** One source of the register, as published. */
    public CatalogueJson.Source source(Source s) {
        return new CatalogueJson.Source(s.id().value(), fixed(Vocabularies.SOURCE_KINDS, s.kind().code(), s.kind().label()),
            s.title(), s.description(), s.authors(), s.publisher(), s.year(), s.url(),
            s.design() == null ? null : new CatalogueJson.TermRef(s.design().code(), s.design().label(), vocabularies.designUri(s.design())),
            s.design() == null ? null : s.design().rubricClass().code(), s.design() == null ? null : s.designVerified(),
            s.designBasis(), s.country(), fixed(Vocabularies.SETTINGS, s.setting().code(), s.setting().label()),
            s.population(), s.sample(), s.programme(), s.reportsOn() == null ? null : s.reportsOn().id().value(), s.note());
    }

    private CatalogueJson.Outcome outcome(int no, Outcome o) {
        Rating r = o.rating();
        return new CatalogueJson.Outcome(no,
            new CatalogueJson.TermRef(o.domain().code(), o.domain().label(), vocabularies.domainUri(o.domain())),
            fixed(Vocabularies.FINDING_KINDS, o.kind().code(), o.kind().label()),
            fixed(Vocabularies.SUBJECTS, o.about().code(), o.about().label()),
            fixed(Vocabularies.SCOPES, o.scope().code(), o.scope().label()),
            fixed(Vocabularies.DIRECTIONS, o.direction().code(), o.direction().label()), o.finding(), ids(o.sources()),
            level(o.level()), r.bestClass().code(), ids(r.setBy()), r.counts(), r.fromElsewhere(), r.noEffect());
    }

    private CatalogueJson.LevelRef level(EvidenceLevel level) {
        return new CatalogueJson.LevelRef(level.number(), level.label(), vocabularies.termUri(Vocabularies.LEVELS, level.term().code()));
    }

    private List<CatalogueJson.TermRef> refs(String scheme, List<Term> terms) {
        return terms.stream().map(t -> ref(scheme, t)).toList();
    }

    private CatalogueJson.TermRef ref(String scheme, Term t) {
        return new CatalogueJson.TermRef(t.code(), t.label(), vocabularies.termUri(scheme, t.code()));
    }

    private CatalogueJson.TermRef fixed(String scheme, String code, String label) {
        return new CatalogueJson.TermRef(code, label, vocabularies.termUri(scheme, code));
    }

    private static List<String> ids(List<Source> sources) {
        return sources.stream().map(s -> s.id().value()).toList();
    }

    /** Writes {@code value} pretty-printed to {@code out} (not closed), ending in a newline, as {@link #bytes} would. */
    static void write(Object value, OutputStream out) throws IOException {
        WRITER.writeValue(out, value);
        out.write('\n');
    }

    /** Pretty-printed UTF-8 bytes ending in a newline. */
    public static byte[] bytes(Object value) {
        try {
            return (WRITER.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
