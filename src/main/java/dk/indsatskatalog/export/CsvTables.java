package dk.indsatskatalog.export;

import dk.indsatskatalog.export.CatalogueJson.Entry;
import dk.indsatskatalog.export.CatalogueJson.TermRef;
import dk.indsatskatalog.export.CsvTable.Column;
import dk.indsatskatalog.export.CsvTable.ForeignKey;
import dk.indsatskatalog.problem.Messages;

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
    /** The tables' and columns' titles and descriptions, in Danish. */
    private static final Messages TEXTS = Messages.of(CsvTables.class, "tables.properties");
    /** Separates the items of a list kept in one cell (codes, slugs, source ids). */
    public static final String LIST_SEPARATOR = "|";
    private static final String ENTRY = "interventions";
    private static final String SOURCES = "sources";
    private static final String OUTCOMES = "outcomes";
    private static final ForeignKey TO_ENTRY = new ForeignKey(List.of("intervention_id"), ENTRY, List.of("id"));
    private static final ForeignKey TO_SOURCE = new ForeignKey(List.of("source_id"), SOURCES, List.of("id"));
    private static final Column ENTRY_ID = text("intervention_id", TEXTS.get("column.intervention_id"), true);
    private static final Column SOURCE_ID = text("source_id", TEXTS.get("column.source_id"), true);

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
            new CsvTable("intervention_sources", TEXTS.get("table.intervention_sources.title"),
                TEXTS.get("table.intervention_sources.description"),
                List.of(ENTRY_ID, integer("position", TEXTS.get("column.intervention_sources.position"), true), SOURCE_ID),
                List.of("intervention_id", "position"), List.of(TO_ENTRY, TO_SOURCE), rows(entries, (e, rows) -> {
                    List<String> ids = e.evidence().sources();
                    for (int i = 0; i < ids.size(); i++) rows.add(List.of(e.id(), num(i + 1), ids.get(i)));
                })),
            table("intervention_themes", TEXTS.get("table.intervention_themes.title"),
                TEXTS.get("table.intervention_themes.description"),
                List.of(ENTRY_ID, integer("position", TEXTS.get("column.intervention_themes.position"), true),
                    text("theme_code", TEXTS.get("column.intervention_themes.theme_code"), true), text("theme_label", TEXTS.get("column.intervention_themes.theme_label"), true),
                    text("theme_uri", TEXTS.get("column.intervention_themes.theme_uri"), true)),
                List.of("intervention_id", "position"), entries, (e, rows) -> {
                    for (int i = 0; i < e.themes().size(); i++) {
                        TermRef t = e.themes().get(i);
                        rows.add(List.of(e.id(), num(i + 1), t.code(), t.label(), t.uri()));
                    }
                }),
            table("intervention_target_groups", TEXTS.get("table.intervention_target_groups.title"),
                TEXTS.get("table.intervention_target_groups.description"),
                List.of(ENTRY_ID, integer("position", TEXTS.get("column.intervention_target_groups.position"), true),
                    text("target_group_code", TEXTS.get("column.intervention_target_groups.target_group_code"), true), text("target_group_label", TEXTS.get("column.intervention_target_groups.target_group_label"), true),
                    text("target_group_uri", TEXTS.get("column.intervention_target_groups.target_group_uri"), true)),
                List.of("intervention_id", "position"), entries, (e, rows) -> {
                    for (int i = 0; i < e.targetGroups().size(); i++) {
                        TermRef t = e.targetGroups().get(i);
                        rows.add(List.of(e.id(), num(i + 1), t.code(), t.label(), t.uri()));
                    }
                }),
            table(OUTCOMES, TEXTS.get("table.outcomes.title"),
                TEXTS.get("table.outcomes.description"),
                List.of(ENTRY_ID, integer("outcome_no", TEXTS.get("column.outcomes.outcome_no"), true),
                    text("domain_code", TEXTS.get("column.outcomes.domain_code"), true), text("domain_label", TEXTS.get("column.outcomes.domain_label"), true),
                    text("kind", TEXTS.get("column.outcomes.kind"), true),
                    text("about", TEXTS.get("column.outcomes.about"), true),
                    text("scope", TEXTS.get("column.outcomes.scope"), true),
                    text("direction", TEXTS.get("column.outcomes.direction"), true),
                    text("direction_label", TEXTS.get("column.outcomes.direction_label"), true), text("finding", TEXTS.get("column.outcomes.finding"), true),
                    text("source_ids", TEXTS.get("column.outcomes.source_ids"), true),
                    integer("evidence_level", TEXTS.get("column.outcomes.evidence_level"), true),
                    text("evidence_level_label", TEXTS.get("column.outcomes.evidence_level_label"), true),
                    text("rubric_class", TEXTS.get("column.outcomes.rubric_class"), true),
                    text("level_set_by", TEXTS.get("column.outcomes.level_set_by"), true),
                    bool("counts_for_headline", TEXTS.get("column.outcomes.counts_for_headline"), true),
                    bool("evidence_from_elsewhere", TEXTS.get("column.outcomes.evidence_from_elsewhere"), true),
                    bool("no_effect_flag", TEXTS.get("column.outcomes.no_effect_flag"), true)),
                List.of("intervention_id", "outcome_no"), entries, (e, rows) -> {
                    for (CatalogueJson.Outcome o : e.evidence().outcomes()) {
                        rows.add(List.of(e.id(), num(o.no()), o.domain().code(), o.domain().label(), o.kind().code(),
                            o.about().code(), o.scope().code(), o.direction().code(), o.direction().label(), o.finding(),
                            join(o.sources()), num(o.level().number()), o.level().label(), o.rubricClass(), join(o.levelSetBy()),
                            bool(o.countsForHeadline()), bool(o.evidenceFromElsewhere()), bool(o.noEffectFlag())));
                    }
                }),
            new CsvTable("outcome_sources", TEXTS.get("table.outcome_sources.title"),
                TEXTS.get("table.outcome_sources.description"),
                List.of(ENTRY_ID, integer("outcome_no", TEXTS.get("column.outcome_sources.outcome_no"), true),
                    integer("position", TEXTS.get("column.outcome_sources.position"), true), SOURCE_ID,
                    bool("sets_level", TEXTS.get("column.outcome_sources.sets_level"), true)),
                List.of("intervention_id", "outcome_no", "position"),
                List.of(new ForeignKey(List.of("intervention_id", "outcome_no"), OUTCOMES, List.of("intervention_id", "outcome_no")), TO_SOURCE),
                rows(entries, (e, rows) -> {
                    for (CatalogueJson.Outcome o : e.evidence().outcomes()) {
                        for (int i = 0; i < o.sources().size(); i++) {
                            rows.add(List.of(e.id(), num(o.no()), num(i + 1), o.sources().get(i), bool(o.levelSetBy().contains(o.sources().get(i)))));
                        }
                    }
                })),
            table("places", TEXTS.get("table.places.title"),
                TEXTS.get("table.places.description"),
                List.of(ENTRY_ID, integer("place_no", TEXTS.get("column.places.place_no"), true),
                    text("municipality", TEXTS.get("column.places.municipality"), true), text("area", TEXTS.get("column.places.area"), false),
                    text("source_ids", TEXTS.get("column.places.source_ids"), true)),
                List.of("intervention_id", "place_no"), entries, (e, rows) -> {
                    for (int i = 0; i < e.places().size(); i++) {
                        CatalogueJson.Place p = e.places().get(i);
                        rows.add(List.of(e.id(), num(i + 1), p.municipality(), str(p.area()), join(p.sources())));
                    }
                }),
            table("anchoring", TEXTS.get("table.anchoring.title"),
                TEXTS.get("table.anchoring.description"),
                List.of(ENTRY_ID, integer("anchoring_no", TEXTS.get("column.anchoring.anchoring_no"), true),
                    text("strategy_code", TEXTS.get("column.anchoring.strategy_code"), true), text("strategy_label", TEXTS.get("column.anchoring.strategy_label"), true),
                    text("how", TEXTS.get("column.anchoring.how"), true), text("source_ids", TEXTS.get("column.anchoring.source_ids"), false)),
                List.of("intervention_id", "anchoring_no"), entries, (e, rows) -> {
                    for (int i = 0; i < e.anchoring().size(); i++) {
                        CatalogueJson.Anchoring a = e.anchoring().get(i);
                        rows.add(List.of(e.id(), num(i + 1), a.strategy().code(), a.strategy().label(), a.how(), join(a.sources())));
                    }
                }),
            table("partners", TEXTS.get("table.partners.title"),
                TEXTS.get("table.partners.description"),
                List.of(ENTRY_ID, integer("partner_no", TEXTS.get("column.partners.partner_no"), true),
                    text("name", TEXTS.get("column.partners.name"), true), text("role", TEXTS.get("column.partners.role"), false)),
                List.of("intervention_id", "partner_no"), entries, (e, rows) -> {
                    for (int i = 0; i < e.partners().size(); i++) {
                        rows.add(List.of(e.id(), num(i + 1), e.partners().get(i).name(), str(e.partners().get(i).role())));
                    }
                }));
    }

    private static CsvTable interventions(List<Entry> entries) {
        List<Column> columns = List.of(
            text("id", TEXTS.get("column.interventions.id"), true),
            text("name_da", TEXTS.get("column.interventions.name_da"), true), text("name_en", TEXTS.get("column.interventions.name_en"), false),
            text("summary_da", TEXTS.get("column.interventions.summary_da"), true), text("summary_en", TEXTS.get("column.interventions.summary_en"), false),
            text("url", TEXTS.get("column.interventions.url"), true),
            text("primary_theme", TEXTS.get("column.interventions.primary_theme"), true),
            text("themes", TEXTS.get("column.interventions.themes"), true),
            text("target_groups", TEXTS.get("column.interventions.target_groups"), true),
            integer("age_min", TEXTS.get("column.interventions.age_min"), false),
            integer("age_max", TEXTS.get("column.interventions.age_max"), false),
            text("age_note", TEXTS.get("column.interventions.age_note"), false),
            integer("evidence_level", TEXTS.get("column.interventions.evidence_level"), true),
            text("evidence_level_label", TEXTS.get("column.interventions.evidence_level_label"), true),
            bool("no_effect_flag", TEXTS.get("column.interventions.no_effect_flag"), true),
            text("cost_band", TEXTS.get("column.interventions.cost_band"), true),
            text("cost_band_label", TEXTS.get("column.interventions.cost_band_label"), true),
            text("cost_text", TEXTS.get("column.interventions.cost_text"), false),
            integer("cost_min_dkk", TEXTS.get("column.interventions.cost_min_dkk"), false),
            integer("cost_max_dkk", TEXTS.get("column.interventions.cost_max_dkk"), false),
            text("delivered_by", TEXTS.get("column.interventions.delivered_by"), true),
            text("staffing", TEXTS.get("column.interventions.staffing"), false), text("duration", TEXTS.get("column.interventions.duration"), false),
            text("related", TEXTS.get("column.interventions.related"), false),
            date("last_reviewed", TEXTS.get("column.interventions.last_reviewed"), true),
            text("description", TEXTS.get("column.interventions.description"), true),
            text("knowledge_gaps", TEXTS.get("column.interventions.knowledge_gaps"), false),
            text("source", TEXTS.get("column.interventions.source"), true));
        return new CsvTable(ENTRY, TEXTS.get("table.interventions.title"),
                TEXTS.get("table.interventions.description"), columns, List.of("id"), List.of(), rows(entries, (e, rows) -> {
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
        }));
    }

    /** The source register: one row per source, whichever entries cite it. */
    private static CsvTable sources(List<CatalogueJson.Source> sources) {
        List<Column> columns = List.of(
            text("id", TEXTS.get("column.sources.id"), true),
            text("kind", TEXTS.get("column.sources.kind"), true),
            text("title", TEXTS.get("column.sources.title"), false),
            text("description", TEXTS.get("column.sources.description"), false),
            text("authors", TEXTS.get("column.sources.authors"), true), text("publisher", TEXTS.get("column.sources.publisher"), false),
            integer("year", TEXTS.get("column.sources.year"), false),
            text("url", TEXTS.get("column.sources.url"), false),
            text("design_code", TEXTS.get("column.sources.design_code"), false),
            text("design_label", TEXTS.get("column.sources.design_label"), false),
            text("rubric_class", TEXTS.get("column.sources.rubric_class"), false),
            bool("design_verified", TEXTS.get("column.sources.design_verified"), false),
            text("design_basis", TEXTS.get("column.sources.design_basis"), false),
            text("country", TEXTS.get("column.sources.country"), true),
            text("setting", TEXTS.get("column.sources.setting"), true),
            text("population", TEXTS.get("column.sources.population"), false), text("sample", TEXTS.get("column.sources.sample"), false),
            text("programme", TEXTS.get("column.sources.programme"), false),
            text("reports_on", TEXTS.get("column.sources.reports_on"), false),
            text("note", TEXTS.get("column.sources.note"), false));
        CsvTable.Rows rows = row -> {
            for (CatalogueJson.Source s : sources) {
                row.accept(List.of(s.id(), s.kind().code(), str(s.title()), str(s.description()), s.authors(), str(s.publisher()),
                num(s.year()), str(s.url()), s.design() == null ? "" : s.design().code(), s.design() == null ? "" : s.design().label(),
                str(s.rubricClass()), s.designVerified() == null ? "" : bool(s.designVerified()), str(s.designBasis()), s.country(),
                s.setting().code(), str(s.population()), str(s.sample()), str(s.programme()), str(s.reportsOn()), str(s.note())));
            }
        };
        return new CsvTable(SOURCES, TEXTS.get("table.sources.title"), TEXTS.get("table.sources.description"),
            columns, List.of("id"), List.of(new ForeignKey(List.of("reports_on"), SOURCES, List.of("id"))), rows);
    }

    private static CsvTable table(String name, String title, String description, List<Column> columns, List<String> key,
                                  List<Entry> entries, BiConsumer<Entry, List<List<String>>> rowsOf) {
        return new CsvTable(name, title, description, columns, key, List.of(TO_ENTRY), rows(entries, rowsOf));
    }

    /** Each entry's rows, made one entry at a time when the table is written. */
    private static CsvTable.Rows rows(List<Entry> entries, BiConsumer<Entry, List<List<String>>> rowsOf) {
        return row -> {
            List<List<String>> rows = new ArrayList<>();
            for (Entry e : entries) {
                rowsOf.accept(e, rows);
                rows.forEach(row);
                rows.clear();
            }
        };
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
