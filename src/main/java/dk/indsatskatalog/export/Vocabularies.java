package dk.indsatskatalog.export;

import dk.indsatskatalog.model.CostBand;
import dk.indsatskatalog.model.Direction;
import dk.indsatskatalog.model.EvidenceLevel;
import dk.indsatskatalog.model.FindingKind;
import dk.indsatskatalog.model.LocalizedText;
import dk.indsatskatalog.model.OutcomeDomain;
import dk.indsatskatalog.model.Scope;
import dk.indsatskatalog.model.Setting;
import dk.indsatskatalog.model.SourceKind;
import dk.indsatskatalog.model.StudyDesign;
import dk.indsatskatalog.model.Subject;
import dk.indsatskatalog.model.Taxonomies;
import dk.indsatskatalog.model.Term;
import dk.indsatskatalog.site.SiteInfo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The published vocabularies: the six editable taxonomies plus the four fixed code lists (cost band,
 * direction, setting, scope), so that every code in the data has a URI and a label.
 */
public final class Vocabularies {
    public static final String TARGET_GROUPS = "maalgrupper";
    public static final String THEMES = "temaer";
    public static final String LEVELS = "evidensniveauer";
    public static final String DESIGNS = "undersoegelsesdesign";
    public static final String DOMAINS = "effektomraader";
    public static final String ANCHORING = "forankringsstrategier";
    public static final String COST_BANDS = "omkostningsniveauer";
    public static final String DIRECTIONS = "retninger";
    public static final String SETTINGS = "sammenhaenge";
    public static final String SCOPES = "omfang";
    public static final String SOURCE_KINDS = "kildetyper";
    public static final String FINDING_KINDS = "fundtyper";
    public static final String SUBJECTS = "fundets-genstand";

    private final SiteInfo site;

    public Vocabularies(SiteInfo site) { this.site = site; }

    /** All vocabularies, in a fixed order. */
    public List<Vocabulary> all(Taxonomies tax) {
        List<Vocabulary> all = new ArrayList<>();
        all.add(scheme(TARGET_GROUPS, "Målgrupper", "Target groups", "Hvem indsatsen henvender sig til.",
            tax.targetGroups().stream().map(t -> term(TARGET_GROUPS, t, null, null, null)).toList()));
        all.add(scheme(THEMES, "Temaer", "Themes", "Landsbyggefondens indsatsområder; en indsats' første tema er dens primære.",
            tax.themes().stream().map(t -> term(THEMES, t, null, null, null)).toList()));
        List<Vocabulary.Term> levels = new ArrayList<>();
        for (EvidenceLevel level : tax.levels()) levels.add(term(LEVELS, level.term(), level.number(), null, null));
        levels.add(term(LEVELS, tax.noEffectFlag(), 0, null, null));
        all.add(scheme(LEVELS, "Evidensniveauer", "Evidence levels",
            "Evidensskalaen 1–5 og markeringen for ingen effekt eller mulig skade (nummer 0).", levels));
        all.add(scheme(DESIGNS, "Undersøgelsesdesign", "Study designs",
            "Hvordan en kilde er lavet; rubricClass siger, hvor højt på skalaen den kan bære, comparison om den sammenligner med en gruppe uden indsatsen.",
            tax.studyDesigns().stream().map(d -> new Vocabulary.Term(d.code(), termUri(DESIGNS, d.code()), d.term().name(),
                d.term().description(), null, d.rubricClass().code(), d.comparison(), null)).toList()));
        all.add(scheme(DOMAINS, "Effektområder", "Outcome domains",
            "Hvad et resultat handler om; measuresEffect er false for områder, der beskriver gennemførelse frem for forandring.",
            tax.outcomeDomains().stream().map(d -> term(DOMAINS, d.term(), null, null, d.measuresEffect())).toList()));
        all.add(scheme(ANCHORING, "Forankringsstrategier", "Anchoring strategies",
            "Hvordan en indsats lever videre, når projektmidlerne slutter.",
            tax.anchoringStrategies().stream().map(t -> term(ANCHORING, t, null, null, null)).toList()));
        all.add(scheme(COST_BANDS, "Omkostningsniveauer", "Cost bands", "Et groft niveau for, hvad indsatsen koster.",
            Arrays.stream(CostBand.values()).map(c -> fixed(COST_BANDS, c.code(), c.label())).toList()));
        all.add(scheme(DIRECTIONS, "Retninger", "Directions", "Hvilken vej et resultat peger.",
            Arrays.stream(Direction.values()).map(c -> fixed(DIRECTIONS, c.code(), c.label())).toList()));
        all.add(scheme(SETTINGS, "Sammenhænge", "Settings", "Hvor en undersøgelse er lavet.",
            Arrays.stream(Setting.values()).map(c -> fixed(SETTINGS, c.code(), c.label())).toList()));
        all.add(scheme(SCOPES, "Omfang", "Scopes",
            "Hvad et fund er evidens for: indsatsen selv, en beslægtet indsats eller en bredere samling af indsatser.",
            Arrays.stream(Scope.values()).map(c -> fixed(SCOPES, c.code(), c.label())).toList()));
        all.add(scheme(SOURCE_KINDS, "Kildetyper", "Source kinds",
            "Hvilken slags publikation en kilde er; en webside eller nyhed tæller aldrig som en undersøgelse i sig selv.",
            Arrays.stream(SourceKind.values()).map(c -> fixed(SOURCE_KINDS, c.code(), c.label())).toList()));
        all.add(scheme(FINDING_KINDS, "Fundtyper", "Finding kinds",
            "Hvad et fund rapporterer; typen sætter et loft over fundets niveau.",
            Arrays.stream(FindingKind.values()).map(c -> fixed(FINDING_KINDS, c.code(), c.label())).toList()));
        all.add(scheme(SUBJECTS, "Fundets genstand", "Finding subjects",
            "Hvem et fund handler om: deltagerne, boligområdet, de frivillige eller medarbejderne.",
            Arrays.stream(Subject.values()).map(c -> fixed(SUBJECTS, c.code(), c.label())).toList()));
        return all;
    }

    public String schemeUri(String scheme) { return DataPaths.absolute(site, DataPaths.vocabularyPage(scheme)); }

    public String termUri(String scheme, String code) { return DataPaths.termUri(site, scheme, code); }

    public String designUri(StudyDesign design) { return termUri(DESIGNS, design.code()); }

    public String domainUri(OutcomeDomain domain) { return termUri(DOMAINS, domain.code()); }

    private Vocabulary scheme(String id, String da, String en, String description, List<Vocabulary.Term> terms) {
        return new Vocabulary(id, schemeUri(id), new LocalizedText(da, en), description, terms);
    }

    private Vocabulary.Term term(String scheme, Term t, Integer number, String rubricClass, Boolean measuresEffect) {
        return new Vocabulary.Term(t.code(), termUri(scheme, t.code()), t.name(), t.description(), number, rubricClass, null, measuresEffect);
    }

    private Vocabulary.Term fixed(String scheme, String code, String label) {
        return new Vocabulary.Term(code, termUri(scheme, code), new LocalizedText(label, null), null, null, null, null, null);
    }
}
