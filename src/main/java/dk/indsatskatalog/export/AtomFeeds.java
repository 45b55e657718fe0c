package dk.indsatskatalog.export;

import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.model.Term;
import dk.indsatskatalog.site.SiteInfo;
import dk.indsatskatalog.site.UrlPaths;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Atom feeds (RFC 4287) of new and changed entries: one for the whole catalogue ({@code feed.xml}) and
 * one per theme ({@code temaer/<code>/feed.xml}). An entry's {@code updated} is its {@code lastReviewed}
 * (midnight UTC), so the feeds change only when the content does. Newest first, every entry listed.
 */
final class AtomFeeds {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeeds() {}

    /** Writes the catalogue's feed and one per theme. */
    static void write(Catalogue catalogue, SiteInfo site, Release release, String publisher, DataSink sink) throws IOException {
        List<Intervention> newestFirst = catalogue.interventions().stream()
            .sorted(Comparator.comparing(Intervention::lastReviewed).reversed().thenComparing(Intervention::slug)).toList();
        feed(sink, site, release, publisher, DataPaths.FEED, UrlPaths.ENTRIES, OpenDataPages.TEXTS.get("feed.title", site.title()),
            newestFirst);
        for (Term theme : catalogue.taxonomies().themes()) {
            List<Intervention> entries = newestFirst.stream().filter(i -> i.themes().contains(theme)).toList();
            feed(sink, site, release, publisher, DataPaths.themeFeed(theme.code()), UrlPaths.theme(theme.code()),
                site.title() + ": " + theme.label(), entries);
        }
    }

    private static void feed(DataSink sink, SiteInfo site, Release release, String publisher, String path, String pagePath,
                             String title, List<Intervention> entries) throws IOException {
        LocalDate updated = entries.isEmpty() ? release.date() : entries.get(0).lastReviewed();
        String themes = DataPaths.absolute(site, DataPaths.vocabularyPage(Vocabularies.THEMES));
        try (OutputStream out = sink.open(path); XmlWriter x = XmlWriter.to(out)) {
            x.root("feed", ATOM, "xml:lang", "da");
            x.text("id", DataPaths.absolute(site, path));
            x.text("title", title);
            x.text("updated", time(updated));
            x.empty("link", "rel", "self", "type", "application/atom+xml", "href", DataPaths.absolute(site, path));
            x.empty("link", "rel", "alternate", "type", "text/html", "href", DataPaths.absolute(site, pagePath));
            x.start("author").text("name", publisher).end();
            x.text("rights", "CC BY 4.0 – " + JsonExport.LICENSE);
            for (Intervention i : entries) {
                String url = DataPaths.absolute(site, UrlPaths.entry(i.slug()));
                x.start("entry");
                x.text("id", url);
                x.text("title", i.name().da());
                x.text("updated", time(i.lastReviewed()));
                x.empty("link", "rel", "alternate", "type", "text/html", "href", url);
                x.empty("link", "rel", "alternate", "type", "application/json", "href",
                    DataPaths.absolute(site, DataPaths.entryJson(i.slug())));
                for (Term theme : i.themes()) x.empty("category", "term", theme.code(), "label", theme.label(), "scheme", themes);
                x.text("summary", i.summary().da(), "type", "text");
                x.end();
            }
        }
    }

    static String time(LocalDate date) { return date + "T00:00:00Z"; }
}
