package dk.indsatskatalog.site;

import java.util.List;

/**
 * Pages made from what the export wrote (the data page shows the files' sizes and checksums). Every
 * page is told before the render that {@code files} will exist, so links to them appear; the pages
 * themselves are made and written once the export is done.
 *
 * @param files the site-relative files the pages are written to
 * @param contributor makes the pages, after the export
 */
public record LatePages(List<String> files, PageContributor contributor) {
    public LatePages {
        files = List.copyOf(files);
    }
}
