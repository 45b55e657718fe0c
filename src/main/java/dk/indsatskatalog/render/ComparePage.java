package dk.indsatskatalog.render;

import dk.indsatskatalog.site.GeneratedPage;
import dk.indsatskatalog.site.NameOrder;
import dk.indsatskatalog.site.PageContributor;
import dk.indsatskatalog.site.SiteInfo;
import dk.indsatskatalog.site.UrlPaths;
import dk.indsatskatalog.model.Catalogue;

import java.util.List;

/**
 * Sammenlign: the compare page at {@code sammenlign/}. Its script shows 2–4 entries side by side
 * from {@code ?indsatser=a,b,c}, with each entry's compare data from {@code sammenlign/indsatser/}
 * (written by the export stage's {@code CompareData}); {@code entries} fill its "add an
 * intervention" list, alphabetically. Without JavaScript it explains that comparing needs it.
 */
public record ComparePage(String path, String title, List<Choice> entries) {
    public static final String TYPE = "compare";
    public static final String PATH = UrlPaths.COMPARE;

    /** An entry to choose. */
    public record Choice(String slug, String name) {}

    /** The page contributor for the pipeline. */
    public static final PageContributor CONTRIBUTOR = (Catalogue catalogue, SiteInfo site) -> List.of(
        new GeneratedPage(TYPE, UrlPaths.file(PATH), new ComparePage(PATH, "Sammenlign indsatser",
            catalogue.interventions().stream().sorted(NameOrder.byName())
                .map(i -> new Choice(i.slug().value(), i.name().da())).toList())));
}
