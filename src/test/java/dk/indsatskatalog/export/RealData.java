package dk.indsatskatalog.export;

import dk.indsatskatalog.TestProject;
import dk.indsatskatalog.build.Pipeline;
import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.ContentHistory;
import dk.indsatskatalog.site.SiteInfo;
import dk.indsatskatalog.validate.Validation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;

/** The real catalogue in content/ and its open-data files, made once per test run (no JBake needed). */
final class RealData {
    static final String HOST = "https://example.org/katalog";
    static final Release RELEASE = Release.of(LocalDate.parse("2026-11-22"), "0123456789ab");
    private static Catalogue catalogue;
    private static SortedMap<String, byte[]> files;

    private RealData() {}

    static synchronized Catalogue catalogue() {
        if (catalogue == null) {
            try (Pipeline pipeline = new Pipeline(TestProject.REPOSITORY)) {
                Validation validation = pipeline.validate();
                if (!validation.ok()) throw new IllegalStateException("content has problems: " + validation.problems());
                catalogue = validation.catalogue();
            }
        }
        return catalogue;
    }

    static SiteInfo site(Catalogue catalogue) {
        return SiteInfo.of(Map.of("site.host", HOST, "site.title", "Indsatskatalog",
                "indsatskatalog.repository.url", "https://github.com/indsatskatalog/indsatskatalog",
                "indsatskatalog.repository.branch", "main", "indsatskatalog.review.months", "24",
                // The publisher, as jbake.properties sets it once for the whole site.
                "indsatskatalog.publisher.name", "Indsatskatalog",
                "indsatskatalog.publisher.url", "https://github.com/indsatskatalog/indsatskatalog",
                "indsatskatalog.publisher.contact", "https://github.com/indsatskatalog/indsatskatalog/issues"),
            catalogue, ContentHistory.none());
    }

    static synchronized SortedMap<String, byte[]> files() {
        if (files == null) files = OpenDataExport.files(catalogue(), site(catalogue()), RELEASE);
        return files;
    }

    static byte[] bytes(String path) {
        byte[] bytes = files().get(path);
        if (bytes == null) throw new AssertionError("no file " + path + " in " + files().keySet());
        return bytes;
    }

    static String text(String path) { return new String(bytes(path), StandardCharsets.UTF_8); }
}
