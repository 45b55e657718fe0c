package dk.indsatskatalog.export;

import dk.indsatskatalog.export.CatalogueJson.Entry;
import dk.indsatskatalog.export.CatalogueJson.TermRef;
import dk.indsatskatalog.export.CsvTable.Column;
import dk.indsatskatalog.export.CsvTable.ForeignKey;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The catalogue as related tables: one row per intervention in {@code interventions}, and one row per
 * theme, target group, finding, place, anchoring route and partner in their own tables, keyed by
 * {@code intervention_id} (and a 1-based number where an entry has several); the source register is its own
 * table {@code sources}. The other tables cite sources by id in a list cell, separated by
 * {@value #LIST_SEPARATOR}; {@code intervention_sources} and {@code outcome_sources} give the same citations
 * one row each, so a foreign key can tie every cited id to a row of {@code sources}. Built from the
 * published JSON shape, so both say the same.
 */
public final class CsvTables {
    /** Separates the items of a list kept in one cell (codes, slugs, source ids). */
    public static final String LIST_SEPARATOR = "|";
    private static final String ENTRY = "interventions";
    private static final String SOURCES = "sources";
    private static final String OUTCOMES = "outcomes";
    private static final ForeignKey TO_ENTRY = new ForeignKey(List.of("intervention_id"), ENTRY, List.of("id"));
    private static final ForeignKey TO_SOURCE = new ForeignKey(List.of("source_id"), SOURCES, List.of("id"));
    private static final Column ENTRY_ID = text("intervention_id", "Indsatsens id (slug), se interventions.id.", true);
    private static final Column SOURCE_ID = text("source_id", "Kildens id, se sources.id.", true);

    private CsvTables() {}

    /** The catalogue's tables followed by tables made elsewhere from the same catalogue (the evidence map's cells). */
    public static List<CsvTable> with(List<CsvTable> tables, CsvTable... more) {
        List<CsvTable> all = new ArrayList<>(tables);
        all.addAll(List.of(more));
        return List.copyOf(all);
    }

    public static List<CsvTable> of(CatalogueJson catalogue) {
        List<Entry> entries = catalogue.interventions();
        return List.of(interventions(entries), sources(catalogue.sources()),
            new CsvTable("intervention_sources", "Kilder pr. indsats",
                "Én række pr. indsats og kilde, den citerer (også de undersøgelser, en citeret omtale handler om); samme kilder som evidence.sources i JSON.",
                List.of(ENTRY_ID, integer("position", "Kildens plads i indsatsens kildeliste (sorteret som en litteraturliste).", true), SOURCE_ID),
                List.of("intervention_id", "position"), List.of(TO_ENTRY, TO_SOURCE), rows(entries, (e, rows) -> {
                    List<String> ids = e.evidence().sources();
                    for (int i = 0; i < ids.size(); i++) rows.add(List.of(e.id(), num(i + 1), ids.get(i)));
                })),
            table("intervention_themes", "Temaer pr. indsats", "Én række pr. indsats og tema; position 1 er det primære tema.",
                List.of(ENTRY_ID, integer("position", "Temaets plads i indsatsens liste (1 = primært tema).", true),
                    text("theme_code", "Temaets kode.", true), text("theme_label", "Temaets navn.", true),
                    text("theme_uri", "Temaets URI i vokabularet.", true)),
                List.of("intervention_id", "position"), entries, (e, rows) -> {
                    for (int i = 0; i < e.themes().size(); i++) {
                        TermRef t = e.themes().get(i);
                        rows.add(List.of(e.id(), num(i + 1), t.code(), t.label(), t.uri()));
                    }
                }),
            table("intervention_target_groups", "Målgrupper pr. indsats", "Én række pr. indsats og målgruppe.",
                List.of(ENTRY_ID, integer("position", "Målgruppens plads i indsatsens liste.", true),
                    text("target_group_code", "Målgruppens kode.", true), text("target_group_label", "Målgruppens navn.", true),
                    text("target_group_uri", "Målgruppens URI i vokabularet.", true)),
                List.of("intervention_id", "position"), entries, (e, rows) -> {
                    for (int i = 0; i < e.targetGroups().size(); i++) {
                        TermRef t = e.targetGroups().get(i);
                        rows.add(List.of(e.id(), num(i + 1), t.code(), t.label(), t.uri()));
                    }
                }),
            table(OUTCOMES, "Fund", "Én række pr. fund med dets type, og det niveau fundet og kilderne bag det kan bære.",
                List.of(ENTRY_ID, integer("outcome_no", "Fundets nummer inden for indsatsen (1, 2, …).", true),
                    text("domain_code", "Effektområde (kode).", true), text("domain_label", "Effektområde (navn).", true),
                    text("kind", "Fundtype: effect, change, assessment, reach eller experience.", true),
                    text("about", "Hvem fundet handler om: participants, area, volunteers eller staff.", true),
                    text("scope", "Hvad fundet er evidens for: intervention, related eller broader.", true),
                    text("direction", "positive, mixed, none eller negative.", true),
                    text("direction_label", "Retningen på dansk.", true), text("finding", "Fundet med redaktionens ord.", true),
                    text("source_ids", "Kilderne bag fundet (sources.id), adskilt af |.", true),
                    integer("evidence_level", "Det niveau (1–5), fundets type og kilderne bag det kan bære.", true),
                    text("evidence_level_label", "Niveauets navn.", true),
                    text("rubric_class", "Klassen for de kilder, der sætter niveauet (efter efterprøvning og omfang).", true),
                    text("level_set_by", "De undersøgelser (sources.id), der sætter niveauet, adskilt af |.", true),
                    bool("counts_for_headline", "true når fundet kan sætte indsatsens samlede niveau.", true),
                    bool("evidence_from_elsewhere", "true når undersøgelserne bag niveauet ikke er lavet på indsatsen i danske boligområder.", true),
                    bool("no_effect_flag", "true når en undersøgelse med sammenligning fandt ingen eller negativ effekt.", true)),
                List.of("intervention_id", "outcome_no"), entries, (e, rows) -> {
                    for (CatalogueJson.Outcome o : e.evidence().outcomes()) {
                        rows.add(List.of(e.id(), num(o.no()), o.domain().code(), o.domain().label(), o.kind().code(),
                            o.about().code(), o.scope().code(), o.direction().code(), o.direction().label(), o.finding(),
                            join(o.sources()), num(o.level().number()), o.level().label(), o.rubricClass(), join(o.levelSetBy()),
                            bool(o.countsForHeadline()), bool(o.evidenceFromElsewhere()), bool(o.noEffectFlag())));
                    }
                }),
            new CsvTable("outcome_sources", "Kilder pr. fund", "Én række pr. fund og kilde, fundet bygger på; samme kilder som outcomes.source_ids.",
                List.of(ENTRY_ID, integer("outcome_no", "Fundets nummer inden for indsatsen, se outcomes.outcome_no.", true),
                    integer("position", "Kildens plads i fundets kildeliste.", true), SOURCE_ID,
                    bool("sets_level", "true når kilden er blandt dem, der sætter fundets niveau (outcomes.level_set_by).", true)),
                List.of("intervention_id", "outcome_no", "position"),
                List.of(new ForeignKey(List.of("intervention_id", "outcome_no"), OUTCOMES, List.of("intervention_id", "outcome_no")), TO_SOURCE),
                rows(entries, (e, rows) -> {
                    for (CatalogueJson.Outcome o : e.evidence().outcomes()) {
                        for (int i = 0; i < o.sources().size(); i++) {
                            rows.add(List.of(e.id(), num(o.no()), num(i + 1), o.sources().get(i), bool(o.levelSetBy().contains(o.sources().get(i)))));
                        }
                    }
                })),
            table("places", "Steder", "Én række pr. sted (kommune og område), hvor indsatsen bruges ifølge kilderne.",
                List.of(ENTRY_ID, integer("place_no", "Stedets nummer inden for indsatsen.", true),
                    text("municipality", "Kommune.", true), text("area", "Boligområde eller afdeling.", false),
                    text("source_ids", "Kilderne (sources.id), adskilt af |.", true)),
                List.of("intervention_id", "place_no"), entries, (e, rows) -> {
                    for (int i = 0; i < e.places().size(); i++) {
                        CatalogueJson.Place p = e.places().get(i);
                        rows.add(List.of(e.id(), num(i + 1), p.municipality(), str(p.area()), join(p.sources())));
                    }
                }),
            table("anchoring", "Forankring", "Én række pr. måde, indsatsen er videreført på efter projektperioden.",
                List.of(ENTRY_ID, integer("anchoring_no", "Nummer inden for indsatsen.", true),
                    text("strategy_code", "Forankringsstrategi (kode).", true), text("strategy_label", "Forankringsstrategi (navn).", true),
                    text("how", "Hvordan, med redaktionens ord.", true), text("source_ids", "Kilderne (sources.id), adskilt af |.", false)),
                List.of("intervention_id", "anchoring_no"), entries, (e, rows) -> {
                    for (int i = 0; i < e.anchoring().size(); i++) {
                        CatalogueJson.Anchoring a = e.anchoring().get(i);
                        rows.add(List.of(e.id(), num(i + 1), a.strategy().code(), a.strategy().label(), a.how(), join(a.sources())));
                    }
                }),
            table("partners", "Samarbejdspartnere", "Én række pr. samarbejdspartner.",
                List.of(ENTRY_ID, integer("partner_no", "Nummer inden for indsatsen.", true),
                    text("name", "Organisationens navn.", true), text("role", "Rolle.", false)),
                List.of("intervention_id", "partner_no"), entries, (e, rows) -> {
                    for (int i = 0; i < e.partners().size(); i++) {
                        rows.add(List.of(e.id(), num(i + 1), e.partners().get(i).name(), str(e.partners().get(i).role())));
                    }
                }));
    }

    private static CsvTable interventions(List<Entry> entries) {
        List<Column> columns = List.of(
            text("id", "Indsatsens permanente id (slug); også filnavn og URL.", true),
            text("name_da", "Navn.", true), text("name_en", "Engelsk navn.", false),
            text("summary_da", "Kort resumé.", true), text("summary_en", "Engelsk resumé.", false),
            text("url", "Indsatsens side.", true),
            text("primary_theme", "Det primære tema (kode); alle temaer i intervention_themes.", true),
            text("themes", "Alle temaer (koder), adskilt af |.", true),
            text("target_groups", "Målgrupper (koder), adskilt af |; navne i intervention_target_groups.", true),
            integer("age_min", "Mindste alder; tom = ingen nedre grænse eller ikke angivet.", false),
            integer("age_max", "Højeste alder; tom = ingen øvre grænse eller ikke angivet.", false),
            text("age_note", "Bemærkning om alder.", false),
            integer("evidence_level", "Evidensniveau 1–5, udledt af kilderne efter den offentliggjorte rubrik.", true),
            text("evidence_level_label", "Evidensniveauets navn.", true),
            bool("no_effect_flag", "true når mindst ét resultat har markeringen ingen effekt / mulig skade.", true),
            text("cost_band", "Omkostningsniveau: ukendt, lav, mellem eller hoej.", true),
            text("cost_band_label", "Omkostningsniveauets beskrivelse.", true),
            text("cost_text", "Hvad kilderne siger om omkostninger.", false),
            integer("cost_min_dkk", "Mindste beløb i kroner, kun når en kilde angiver det.", false),
            integer("cost_max_dkk", "Højeste beløb i kroner, kun når en kilde angiver det.", false),
            text("delivered_by", "Hvem der udfører indsatsen.", true),
            text("staffing", "Bemanding og kompetencer.", false), text("duration", "Varighed.", false),
            text("related", "Relaterede indsatser (id), adskilt af |.", false),
            date("last_reviewed", "Hvornår redaktionen sidst gennemgik indsatsen mod kilderne (ÅÅÅÅ-MM-DD).", true),
            text("description", "Beskrivelse i Markdown.", true),
            text("knowledge_gaps", "Det vides ikke: ét hul i viden pr. linje.", false),
            text("source", "Indsatsens kildefil i projektets repository.", true));
        List<List<String>> rows = new ArrayList<>();
        for (Entry e : entries) {
            CatalogueJson.Cost cost = e.resources().cost();
            rows.add(List.of(e.id(), e.name().da(), str(e.name().en()), e.summary().da(), str(e.summary().en()), e.url(),
                e.themes().get(0).code(), join(e.themes().stream().map(TermRef::code).toList()),
                join(e.targetGroups().stream().map(TermRef::code).toList()),
                e.ageRange() == null ? "" : num(e.ageRange().min()), e.ageRange() == null ? "" : num(e.ageRange().max()),
                e.ageRange() == null ? "" : str(e.ageRange().note()),
                num(e.evidence().level().number()), e.evidence().level().label(), bool(e.evidence().noEffectFlag()),
                e.resources().costBand().code(), e.resources().costBand().label(),
                cost == null ? "" : str(cost.text()), cost == null ? "" : num(cost.minDkk()), cost == null ? "" : num(cost.maxDkk()),
                e.resources().deliveredBy(), str(e.resources().staffing()), str(e.resources().duration()),
                join(e.related()), e.lastReviewed(), e.description(), String.join("\n", e.knowledgeGaps()), e.source()));
        }
        return new CsvTable(ENTRY, "Indsatser", "Én række pr. indsats.", columns, List.of("id"), List.of(), rows);
    }

    /** The source register: one row per source, whichever entries cite it. */
    private static CsvTable sources(List<CatalogueJson.Source> sources) {
        List<Column> columns = List.of(
            text("id", "Kildens id (filnavnet i content/kilder/).", true),
            text("kind", "Kildetype: peer-reviewed, report, systematic-review, web eller practice-description.", true),
            text("title", "Kildens egen titel, som den står i kilden; tom når kilden ikke har en.", false),
            text("description", "Kun når kilden ikke har en titel: redaktionens beskrivelse af den. Ikke en titel; siderne viser den i [kantede parenteser].", false),
            text("authors", "Forfattere og/eller udgiver.", true), text("publisher", "Udgiver.", false),
            integer("year", "Udgivelsesår; tomt når kilden ikke angiver det.", false),
            text("url", "Webadresse; tom når ingen offentlig adresse er registreret.", false),
            text("design_code", "Undersøgelsesdesign (kode); tomt for en omtale af en anden kilde.", false),
            text("design_label", "Undersøgelsesdesign (navn).", false),
            text("rubric_class", "Designets klasse, som designet er angivet: causal, change, assessment, reach, experience eller description "
                + "(et årsagsdesign, der ikke er efterprøvet, tæller som change i fundene; se outcomes.rubric_class).", false),
            bool("design_verified", "true når designet er efterprøvet i selve undersøgelsen.", false),
            text("design_basis", "Hvordan designet er efterprøvet.", false),
            text("country", "Land (ISO 3166-1 alpha-2) eller INT for flere lande.", true),
            text("setting", "social-housing (i udsatte boligområder) eller other.", true),
            text("population", "Hvem undersøgelsen handler om.", false), text("sample", "Stikprøve som angivet i kilden.", false),
            text("programme", "Hvilket program eller hvilken aktivitet kilden undersøgte.", false),
            text("reports_on", "For en omtale: id på den undersøgelse, den omtaler.", false),
            text("note", "Redaktionens bemærkning om kilden.", false));
        List<List<String>> rows = new ArrayList<>();
        for (CatalogueJson.Source s : sources) {
            rows.add(List.of(s.id(), s.kind().code(), str(s.title()), str(s.description()), s.authors(), str(s.publisher()),
                num(s.year()), str(s.url()), s.design() == null ? "" : s.design().code(), s.design() == null ? "" : s.design().label(),
                str(s.rubricClass()), s.designVerified() == null ? "" : bool(s.designVerified()), str(s.designBasis()), s.country(),
                s.setting().code(), str(s.population()), str(s.sample()), str(s.programme()), str(s.reportsOn()), str(s.note())));
        }
        return new CsvTable(SOURCES, "Kilder", "Kilderegistret: én række pr. kilde, uanset hvor mange indsatser der citerer den. "
                + "En kilde har enten sin egen titel (title) eller, når den ingen har, redaktionens beskrivelse af den (description) – aldrig begge.",
            columns, List.of("id"), List.of(new ForeignKey(List.of("reports_on"), SOURCES, List.of("id"))), rows);
    }

    private static CsvTable table(String name, String title, String description, List<Column> columns, List<String> key,
                                  List<Entry> entries, BiConsumer<Entry, List<List<String>>> rowsOf) {
        return new CsvTable(name, title, description, columns, key, List.of(TO_ENTRY), rows(entries, rowsOf));
    }

    private static List<List<String>> rows(List<Entry> entries, BiConsumer<Entry, List<List<String>>> rowsOf) {
        List<List<String>> rows = new ArrayList<>();
        for (Entry e : entries) rowsOf.accept(e, rows);
        return rows;
    }

    private static Column text(String name, String description, boolean required) { return new Column(name, "string", description, required); }
    private static Column integer(String name, String description, boolean required) { return new Column(name, "integer", description, required); }
    private static Column bool(String name, String description, boolean required) { return new Column(name, "boolean", description, required); }
    private static Column date(String name, String description, boolean required) { return new Column(name, "date", description, required); }

    private static String str(String value) { return value == null ? "" : value; }
    private static String num(Number value) { return value == null ? "" : value.toString(); }
    private static String bool(boolean value) { return Boolean.toString(value); }
    private static String join(List<String> values) { return String.join(LIST_SEPARATOR, values); }
}
