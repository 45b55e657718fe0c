package dk.indsatskatalog.site;

import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.model.OutcomeDomain;
import dk.indsatskatalog.model.Taxonomies;
import dk.indsatskatalog.model.Term;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToIntBiFunction;

/**
 * Evidens- og hulkort: for each target group and each theme (or outcome domain), how many entries
 * there are and the highest level among them, and whether the cell is a gap: no entry at all, or
 * only entries whose evidence is described practice (level 1). One computation for the map page and
 * its open-data files, so both always say the same.
 *
 * <p>Themes view: the entries for the target group with the theme; the level is the entry's level.
 * Outcome-domain view: the entries for the target group with a finding in the domain; the level is
 * the highest of those findings that can set an entry's level (positive, about its own target groups,
 * about this intervention), and 1 when none can: nothing shows a positive change there.
 *
 * @param id      the view's id in URLs and open data ("temaer", "effektomraader")
 * @param columns the themes or outcome domains, in the vocabulary's order
 * @param rows    one per target group (vocabulary order), each with a cell per column
 */
public record EvidenceMap(String id, String title, String columnTitle, List<Axis> columns, List<Row> rows) {
    public static final String THEMES = "temaer";
    public static final String OUTCOME_DOMAINS = "effektomraader";
    /** The level of evidence a cell with only described practice has. */
    public static final int DESCRIBED = 1;

    /** A row or column heading: a vocabulary term. */
    public record Axis(String code, String label, String description) {}

    public record Row(Axis targetGroup, List<Cell> cells) {}

    /**
     * One cell: its entries (slugs, alphabetical by name), the highest level among them (0 when it has
     * none), and {@code path}, the filtered list it links to (site-relative, with its query).
     */
    public record Cell(Axis targetGroup, Axis column, List<String> entries, int highestLevel, String highestLabel, String path) {
        public Cell { entries = List.copyOf(entries); }
        public int count() { return entries.size(); }
        /** No entry for this target group and column. */
        public boolean empty() { return entries.isEmpty(); }
        /** Entries, but only described practice: a gap in the evidence. */
        public boolean onlyDescribed() { return !entries.isEmpty() && highestLevel <= DESCRIBED; }
        public boolean gap() { return empty() || onlyDescribed(); }
        /** The gap as a code for open data: "empty", "described" or "" (not a gap). */
        public String gapCode() { return empty() ? "empty" : onlyDescribed() ? "described" : ""; }
    }

    /** Both views: target groups × themes, then target groups × outcome domains. */
    public static List<EvidenceMap> of(Catalogue catalogue) {
        List<Intervention> entries = catalogue.interventions().stream().sorted(NameOrder.byName()).toList();
        var tax = catalogue.taxonomies();
        EvidenceMap themes = view(tax, THEMES, "Målgrupper og temaer", "Tema", tax.targetGroups(), axes(tax.themes()), entries,
            (entry, theme) -> entry.themes().stream().anyMatch(t -> t.code().equals(theme.code())),
            (entry, theme) -> entry.evidence().level().number(),
            (group, theme) -> UrlPaths.theme(theme.code()) + "index.html?maalgruppe=" + group.code());
        EvidenceMap domains = view(tax, OUTCOME_DOMAINS, "Målgrupper og resultatområder", "Resultatområde", tax.targetGroups(),
            tax.outcomeDomains().stream().map(OutcomeDomain::term).map(EvidenceMap::axis).toList(), entries,
            (entry, domain) -> entry.evidence().outcomes().stream().anyMatch(o -> o.domain().code().equals(domain.code())),
            EvidenceMap::domainLevel,
            (group, domain) -> UrlPaths.targetGroup(group.code()) + "index.html?resultat=" + domain.code());
        return List.of(themes, domains);
    }

    private static EvidenceMap view(Taxonomies tax, String id, String title, String columnTitle, List<Term> groups, List<Axis> columns,
                                    List<Intervention> entries, BiFunction<Intervention, Axis, Boolean> inColumn,
                                    ToIntBiFunction<Intervention, Axis> level, BiFunction<Axis, Axis, String> path) {
        List<Row> rows = new ArrayList<>();
        for (Term group : groups) {
            Axis row = axis(group);
            List<Intervention> ofGroup = entries.stream()
                .filter(e -> e.targetGroups().stream().anyMatch(g -> g.code().equals(group.code()))).toList();
            List<Cell> cells = new ArrayList<>();
            for (Axis column : columns) {
                List<Intervention> in = ofGroup.stream().filter(e -> inColumn.apply(e, column)).toList();
                int highest = in.stream().mapToInt(e -> level.applyAsInt(e, column)).max().orElse(0);
                String label = in.isEmpty() ? "" : tax.level(highest).label();
                cells.add(new Cell(row, column, in.stream().map(e -> e.slug().value()).toList(), highest, label,
                    in.isEmpty() ? null : path.apply(row, column)));
            }
            rows.add(new Row(row, cells));
        }
        return new EvidenceMap(id, title, columnTitle, columns, rows);
    }

    /** The highest level of an entry's findings in a domain that can set its level; 1 when none can. */
    private static int domainLevel(Intervention entry, Axis domain) {
        return entry.evidence().outcomes().stream()
            .filter(o -> o.domain().code().equals(domain.code()) && o.rating().counts())
            .mapToInt(o -> o.level().number()).max().orElse(DESCRIBED);
    }

    private static List<Axis> axes(List<Term> terms) { return terms.stream().map(EvidenceMap::axis).toList(); }

    private static Axis axis(Term term) { return new Axis(term.code(), term.label(), term.description()); }
}
