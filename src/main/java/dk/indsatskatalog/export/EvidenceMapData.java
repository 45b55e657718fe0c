package dk.indsatskatalog.export;

import dk.indsatskatalog.site.EvidenceMap;
import dk.indsatskatalog.site.SiteInfo;
import dk.indsatskatalog.site.UrlPaths;
import dk.indsatskatalog.export.CsvTable.Column;

import java.util.ArrayList;
import java.util.List;

/**
 * The evidence and gap map's cells as open data, from the same computation as the map page
 * ({@link EvidenceMap}): the CSV table {@code evidence_map} (with the other tables, so the data
 * package, DCAT, the checksums and the data page describe it) and {@code data/evidenskort.json}.
 */
public final class EvidenceMapData {
    public static final String TABLE = "evidence_map";
    public static final String JSON = DataPaths.DATA + "evidenskort.json";

    private EvidenceMapData() {}

    /** {@code evidenskort.json}: the views with their rows, columns and cells. */
    public record MapJson(String title, String description, String page, String license, List<ViewJson> views) {}

    public record ViewJson(String id, String title, String rowsVocabulary, String columnsVocabulary, List<TermJson> rows,
                           List<TermJson> columns, List<CellJson> cells) {}

    public record TermJson(String code, String label) {}

    /**
     * One cell: its target group and column codes, its entries (ids), their number, the highest level
     * (null when empty) and the gap: "empty", "described" (only level 1) or null.
     */
    public record CellJson(String targetGroup, String column, int count, Integer highestLevel, String gap, List<String> interventions) {}

    static CsvTable table(List<EvidenceMap> maps) {
        List<List<String>> rows = new ArrayList<>();
        for (EvidenceMap map : maps) {
            for (EvidenceMap.Row row : map.rows()) {
                for (EvidenceMap.Cell cell : row.cells()) {
                    rows.add(List.of(viewId(map), cell.targetGroup().code(), cell.targetGroup().label(), cell.column().code(),
                        cell.column().label(), String.valueOf(cell.count()), cell.empty() ? "" : String.valueOf(cell.highestLevel()),
                        cell.highestLabel(), cell.gapCode(), String.join(CsvTables.LIST_SEPARATOR, cell.entries())));
                }
            }
        }
        return new CsvTable(TABLE, "Evidens- og hulkort",
            "Én række pr. celle i evidens- og hulkortet: målgruppe × tema (view themes) og målgruppe × resultatområde "
                + "(view outcome_domains), med antal indsatser, det højeste evidensniveau og om cellen er et hul.",
            List.of(text("view", "themes (målgruppe × tema) eller outcome_domains (målgruppe × resultatområde).", true),
                text("target_group_code", "Målgruppens kode.", true), text("target_group_label", "Målgruppens navn.", true),
                text("column_code", "Temaets eller resultatområdets kode.", true),
                text("column_label", "Temaets eller resultatområdets navn.", true),
                new Column("interventions", "integer", "Antal indsatser i cellen.", true),
                new Column("highest_level", "integer", "Højeste evidensniveau i cellen (1–5); tom når cellen er tom. For resultatområder: "
                    + "det højeste blandt fund i området, der kan sætte en indsats' niveau, ellers 1.", false),
                text("highest_level_label", "Niveauets navn; tom når cellen er tom.", false),
                text("gap", "empty (ingen indsats), described (kun beskrevne indsatser, niveau 1) eller tom (intet hul).", false),
                text("intervention_ids", "Indsatserne i cellen (interventions.id), alfabetisk efter navn, adskilt af |.", false)),
            List.of("view", "target_group_code", "column_code"), List.of(), rows::forEach); // a few hundred cells, whatever the size of the catalogue
    }

    static MapJson json(List<EvidenceMap> maps, SiteInfo site) {
        List<ViewJson> views = new ArrayList<>();
        for (EvidenceMap map : maps) {
            List<CellJson> cells = new ArrayList<>();
            for (EvidenceMap.Row row : map.rows()) {
                for (EvidenceMap.Cell cell : row.cells()) {
                    cells.add(new CellJson(cell.targetGroup().code(), cell.column().code(), cell.count(),
                        cell.empty() ? null : cell.highestLevel(), cell.gapCode().isEmpty() ? null : cell.gapCode(), cell.entries()));
                }
            }
            boolean themes = map.id().equals(EvidenceMap.THEMES);
            views.add(new ViewJson(viewId(map), map.title(), DataPaths.absolute(site, DataPaths.vocabularyPage("maalgrupper")),
                DataPaths.absolute(site, DataPaths.vocabularyPage(themes ? "temaer" : "effektomraader")),
                map.rows().stream().map(r -> new TermJson(r.targetGroup().code(), r.targetGroup().label())).toList(),
                map.columns().stream().map(c -> new TermJson(c.code(), c.label())).toList(), cells));
        }
        return new MapJson("Evidens- og hulkort", "Antal indsatser og højeste evidensniveau pr. målgruppe og tema og pr. målgruppe "
            + "og resultatområde; huller er celler uden indsatser eller med kun beskrevne indsatser (niveau 1).",
            DataPaths.absolute(site, UrlPaths.EVIDENCE_MAP), JsonExport.LICENSE, views);
    }

    /** The view's id in open data (English, like the tables' column names). */
    private static String viewId(EvidenceMap map) {
        return map.id().equals(EvidenceMap.THEMES) ? "themes" : "outcome_domains";
    }

    private static Column text(String name, String description, boolean required) { return new Column(name, "string", description, required); }
}
