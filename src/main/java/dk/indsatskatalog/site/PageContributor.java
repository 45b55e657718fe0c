package dk.indsatskatalog.site;

import dk.indsatskatalog.model.Catalogue;

import java.io.IOException;
import java.util.List;

/** Adds generated pages to a render (e.g. history pages, the open-data page); one class per feature. */
@FunctionalInterface
public interface PageContributor {
    List<GeneratedPage> pages(Catalogue catalogue, SiteInfo site) throws IOException;
}
