package dk.indsatskatalog.export;

import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.site.SiteInfo;
import dk.indsatskatalog.site.UrlPaths;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code sitemap.xml} (sitemaps.org 0.9) of every rendered page except the 404 page, folders as
 * {@code …/} addresses; entry pages carry {@code lastmod} = lastReviewed. And {@code robots.txt}
 * pointing to it.
 */
final class Sitemap {
    private Sitemap() {}

    static byte[] sitemap(Catalogue catalogue, SiteInfo site, Path siteDir) throws IOException {
        Map<String, String> lastmod = new TreeMap<>();
        for (Intervention i : catalogue.interventions()) lastmod.put(UrlPaths.entry(i.slug()), i.lastReviewed().toString());
        List<String> pages;
        try (Stream<Path> files = Files.walk(siteDir)) {
            pages = files.filter(Files::isRegularFile)
                .map(f -> siteDir.relativize(f).toString().replace('\\', '/'))
                .filter(p -> p.endsWith(".html") && !p.equals(UrlPaths.NOT_FOUND_FILE))
                .map(p -> p.endsWith("index.html") ? p.substring(0, p.length() - "index.html".length()) : p)
                .sorted().toList();
        }
        XmlWriter x = XmlWriter.inMemory();
        try (x) {
            x.root("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            for (String page : pages) {
                x.start("url").text("loc", DataPaths.absolute(site, page));
                if (lastmod.containsKey(page)) x.text("lastmod", lastmod.get(page));
                x.end();
            }
        }
        return x.bytes();
    }

    static byte[] robots(SiteInfo site) {
        return ("User-agent: *\nAllow: /\n\nSitemap: " + DataPaths.absolute(site, DataPaths.SITEMAP) + "\n")
            .getBytes(StandardCharsets.UTF_8);
    }
}
