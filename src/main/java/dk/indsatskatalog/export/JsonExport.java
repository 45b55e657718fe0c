package dk.indsatskatalog.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.EvidenceLevel;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.model.Outcome;
import dk.indsatskatalog.model.Study;
import dk.indsatskatalog.model.Term;
import dk.indsatskatalog.render.SiteInfo;
import dk.indsatskatalog.render.UrlPaths;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The catalogue as JSON: the model mapped to {@link CatalogueJson}, written with a fixed layout. */
public final class JsonExport {
    static final String TITLE = "Indsatskatalog";
    static final String DESCRIPTION = "Boligsociale indsatser i Danmark: hvad de er, hvem de er for, hvad de kræver, "
        + "hvordan de forankres, og hvor stærk evidensen er – med kilder til hver påstand.";
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
        return new CatalogueJson(DataPaths.absolute(site, DataPaths.CATALOGUE_SCHEMA), TITLE, DESCRIPTION, release.id(),
            LICENSE, DataPaths.absolute(site, UrlPaths.HOME), vocabularies.all(catalogue.taxonomies()),
            catalogue.interventions().stream().map(i -> entry(i, false)).toList());
    }

    /** One entry; {@code standalone} adds the {@code $schema} link that a file of its own carries. */
    public CatalogueJson.Entry entry(Intervention i, boolean standalone) {
        return new CatalogueJson.Entry(standalone ? DataPaths.absolute(site, DataPaths.ENTRY_SCHEMA) : null,
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
            new CatalogueJson.Evidence(level(i.evidence().level()), i.evidence().noEffectFlag(),
                i.evidence().studies().stream().map(this::study).toList(),
                i.evidence().outcomes().stream().map(this::outcome).toList()));
    }

    private CatalogueJson.Study study(Study s) {
        return new CatalogueJson.Study(s.id().value(), s.authors(), s.title(), s.year(), s.url(),
            new CatalogueJson.TermRef(s.design().code(), s.design().label(), vocabularies.designUri(s.design())),
            s.design().rubricClass().code(), s.country(),
            fixed(Vocabularies.SETTINGS, s.setting().code(), s.setting().label()),
            fixed(Vocabularies.SCOPES, s.scope().code(), s.scope().label()), s.sample(), s.note());
    }

    private CatalogueJson.Outcome outcome(Outcome o) {
        return new CatalogueJson.Outcome(
            new CatalogueJson.TermRef(o.domain().code(), o.domain().label(), vocabularies.domainUri(o.domain())),
            fixed(Vocabularies.DIRECTIONS, o.direction().code(), o.direction().label()), o.finding(), ids(o.studies()),
            level(o.level()), o.noEffectFlag());
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

    private static List<String> ids(List<Study> studies) {
        return studies.stream().map(s -> s.id().value()).toList();
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
