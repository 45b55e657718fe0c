package dk.indsatskatalog.render;

import dk.indsatskatalog.site.EvidenceMap;
import dk.indsatskatalog.site.GeneratedPage;
import dk.indsatskatalog.site.PageContributor;
import dk.indsatskatalog.site.SiteInfo;
import dk.indsatskatalog.site.UrlPaths;
import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.EvidenceLevel;

import java.util.ArrayList;
import java.util.List;

/**
 * Evidenskortet: the evidence and gap map at {@code evidenskort/}, made at build time and readable
 * without JavaScript. Each view is an accessible table first (a caption, column and row headers with
 * {@code scope}), then the same cells as a figure: a dot per cell, larger for more entries, shaded by
 * the highest level, a ring for a gap.
 */
public record EvidenceMapPage(String path, String title, int entryCount, List<EvidenceLevel> levels, List<View> views) {
    public static final String TYPE = "evidencemap";
    public static final String PATH = UrlPaths.EVIDENCE_MAP;

    /** One map with its figure. */
    public record View(EvidenceMap map, Figure figure, int gaps, int empty, int cells) {}

    /** The figure's geometry, computed here so the template only prints. */
    public record Figure(int width, int height, int labelWidth, int top, List<Label> rowLabels, List<Label> columnLabels, List<Dot> dots) {}

    public record Label(int x, int y, String text) {}

    /** A cell as a dot: {@code level} 0 for an empty cell (drawn as a ring), {@code gap} for a ring around it. */
    public record Dot(int x, int y, int r, int level, boolean gap, int count) {}

    private static final int ROW = 30;
    private static final int COLUMN = 44;
    private static final int LABEL_WIDTH = 330;
    private static final int TOP = 240;
    /** Room on the right for the slanted column labels. */
    private static final int RIGHT = 210;

    public static final PageContributor CONTRIBUTOR = (Catalogue catalogue, SiteInfo site) -> List.of(new GeneratedPage(TYPE,
        UrlPaths.file(PATH), of(catalogue)));

    static EvidenceMapPage of(Catalogue catalogue) {
        List<View> views = new ArrayList<>();
        for (EvidenceMap map : EvidenceMap.of(catalogue)) {
            int most = map.rows().stream().flatMap(r -> r.cells().stream()).mapToInt(EvidenceMap.Cell::count).max().orElse(1);
            List<Label> rowLabels = new ArrayList<>();
            List<Label> columnLabels = new ArrayList<>();
            List<Dot> dots = new ArrayList<>();
            for (int c = 0; c < map.columns().size(); c++) {
                columnLabels.add(new Label(LABEL_WIDTH + c * COLUMN + COLUMN / 2, TOP - 10, map.columns().get(c).label()));
            }
            int gaps = 0, empty = 0, cells = 0;
            for (int r = 0; r < map.rows().size(); r++) {
                EvidenceMap.Row row = map.rows().get(r);
                int y = TOP + r * ROW + ROW / 2;
                rowLabels.add(new Label(LABEL_WIDTH - 10, y, row.targetGroup().label()));
                for (int c = 0; c < row.cells().size(); c++) {
                    EvidenceMap.Cell cell = row.cells().get(c);
                    // Area grows with the count: radius from 3 (one entry) to 13 (the fullest cell).
                    int radius = cell.empty() ? 4 : (int) Math.round(3 + 10 * Math.sqrt((double) cell.count() / Math.max(1, most)));
                    dots.add(new Dot(LABEL_WIDTH + c * COLUMN + COLUMN / 2, y, radius, cell.highestLevel(), cell.gap(), cell.count()));
                    cells++;
                    if (cell.gap()) gaps++;
                    if (cell.empty()) empty++;
                }
            }
            Figure figure = new Figure(LABEL_WIDTH + map.columns().size() * COLUMN + RIGHT, TOP + map.rows().size() * ROW + 10,
                LABEL_WIDTH, TOP, rowLabels, columnLabels, dots);
            views.add(new View(map, figure, gaps, empty, cells));
        }
        return new EvidenceMapPage(PATH, "Evidens- og hulkort", catalogue.interventions().size(),
            catalogue.taxonomies().levels(), views);
    }
}
