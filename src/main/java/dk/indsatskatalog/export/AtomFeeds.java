package dk.indsatskatalog.export;

import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.model.Term;
import dk.indsatskatalog.site.SiteInfo;
import dk.indsatskatalog.site.UrlPaths;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Atom feeds (RFC 4287) of new and changed entries: one for the whole catalogue ({@code feed.xml}) and
 * one per theme ({@code temaer/<code>/feed.xml}). An entry's {@code updated} is its {@code lastReviewed}
 * (midnight UTC), so the feeds change only when the content does. Newest first, every entry listed.
 */
final class AtomFeeds {
    private AtomFeeds() {}

    static Map<String, byte[]> files(Catalogue catalogue, SiteInfo site, Release release, String publisher) {
        Map<String, byte[]> files = new TreeMap<>();
        List<Intervention> newestFirst = catalogue.interventions().stream()
            .sorted(Comparator.comparing(Intervention::lastReviewed).reversed().thenComparing(Intervention::slug)).toList();
        files.put(DataPaths.FEED, feed(site, release, publisher, DataPaths.FEED, UrlPaths.ENTRIES,
            site.title() + ": nye og ændrede indsatser", newestFirst));
        for (Term theme : catalogue.taxonomies().themes()) {
            List<Intervention> entries = newestFirst.stream().filter(i -> i.themes().contains(theme)).toList();
            files.put(DataPaths.themeFeed(theme.code()), feed(site, release, publisher, DataPaths.themeFeed(theme.code()),
                UrlPaths.theme(theme.code()), site.title() + ": " + theme.label(), entries));
        }
        return files;
    }

    private static byte[] feed(SiteInfo site, Release release, String publisher, String path, String pagePath, String title,
                               List<Intervention> entries) {
        LocalDate updated = entries.isEmpty() ? release.date() : entries.get(0).lastReviewed();
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"da\">\n");
        x.append("  <id>").append(Xml.escape(DataPaths.absolute(site, path))).append("</id>\n");
        x.append("  <title>").append(Xml.escape(title)).append("</title>\n");
        x.append("  <updated>").append(time(updated)).append("</updated>\n");
        x.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(Xml.escape(DataPaths.absolute(site, path))).append("\"/>\n");
        x.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(DataPaths.absolute(site, pagePath))).append("\"/>\n");
        x.append("  <author><name>").append(Xml.escape(publisher)).append("</name></author>\n");
        x.append("  <rights>CC BY 4.0 – ").append(JsonExport.LICENSE).append("</rights>\n");
        for (Intervention i : entries) {
            String url = DataPaths.absolute(site, UrlPaths.entry(i.slug()));
            x.append("  <entry>\n");
            x.append("    <id>").append(Xml.escape(url)).append("</id>\n");
            x.append("    <title>").append(Xml.escape(i.name().da())).append("</title>\n");
            x.append("    <updated>").append(time(i.lastReviewed())).append("</updated>\n");
            x.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(url)).append("\"/>\n");
            x.append("    <link rel=\"alternate\" type=\"application/json\" href=\"")
                .append(Xml.escape(DataPaths.absolute(site, DataPaths.entryJson(i.slug())))).append("\"/>\n");
            for (Term theme : i.themes()) {
                x.append("    <category term=\"").append(Xml.escape(theme.code())).append("\" label=\"").append(Xml.escape(theme.label()))
                    .append("\" scheme=\"").append(Xml.escape(DataPaths.absolute(site, DataPaths.vocabularyPage(Vocabularies.THEMES))))
                    .append("\"/>\n");
            }
            x.append("    <summary type=\"text\">").append(Xml.escape(i.summary().da())).append("</summary>\n");
            x.append("  </entry>\n");
        }
        x.append("</feed>\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String time(LocalDate date) { return date + "T00:00:00Z"; }
}
