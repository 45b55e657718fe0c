package dk.indsatskatalog.index;

import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.problem.Messages;
import dk.indsatskatalog.site.GeneratedPage;
import dk.indsatskatalog.site.PageContributor;
import dk.indsatskatalog.site.SiteInfo;
import dk.indsatskatalog.site.UrlPaths;

import java.util.List;

/**
 * Søgesiden: the search page at {@code soeg/}. The header's search form on every page sends its
 * query here with a plain GET; the page's script searches the static index. Without JavaScript the
 * page links to the static listings (all entries, themes, target groups, levels); with it, a query
 * that nothing matches entirely offers the {@code browse} listings (target groups and themes).
 */
public record SearchPage(String path, String title, String indexPath, List<Link> listings, List<Link> browse) {
    public static final String TYPE = "search";
    public static final String PATH = "soeg/";
    /** The Danish words of the search page and the index's facets. */
    static final Messages TEXTS = Messages.of(SearchPage.class, "search.properties");

    /** A static listing to browse when search cannot run. */
    public record Link(String path, String label) {}

    /** The page contributor for the pipeline. */
    public static final PageContributor CONTRIBUTOR = (Catalogue catalogue, SiteInfo site) -> List.of(
        new GeneratedPage(TYPE, UrlPaths.file(PATH), new SearchPage(PATH, TEXTS.get("search.title"), SearchIndexer.FOLDER + "/", List.of(
            new Link(UrlPaths.ENTRIES, TEXTS.get("link.all")),
            new Link(UrlPaths.THEMES, TEXTS.get("link.themes")),
            new Link(UrlPaths.TARGET_GROUPS, TEXTS.get("link.targetGroups")),
            new Link(UrlPaths.LEVELS, TEXTS.get("link.levels"))), List.of(
            new Link(UrlPaths.TARGET_GROUPS, TEXTS.get("link.targetGroups")),
            new Link(UrlPaths.THEMES, TEXTS.get("link.themes"))))));
}
