package dk.indsatskatalog.render;

import dk.indsatskatalog.site.SiteInfo;
import dk.indsatskatalog.site.UrlPaths;
import dk.indsatskatalog.site.PageContributor;
import dk.indsatskatalog.site.GeneratedPage;
import dk.indsatskatalog.model.Catalogue;

import java.util.List;

/**
 * "Bidrag til kataloget" ({@code bidrag/}): how to suggest a new intervention or a change, with and
 * without a GitHub account, what happens to a suggestion, and where the contributing guide is.
 */
public record ContributionPage(String path, String title) {
    public static final String TYPE = "contribute";

    /** Adds the page to a render. */
    public static final PageContributor CONTRIBUTOR = (Catalogue catalogue, SiteInfo site) -> List.of(
        new GeneratedPage(TYPE, UrlPaths.file(PageUrls.CONTRIBUTE), new ContributionPage(PageUrls.CONTRIBUTE, "Bidrag til kataloget")));
}
