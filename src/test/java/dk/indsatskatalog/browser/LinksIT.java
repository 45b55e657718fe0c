package dk.indsatskatalog.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No broken internal link, anchor or asset reference anywhere in the output, resolved as on the published site. */
@ExtendWith(RealSiteExtension.class)
class LinksIT {
    private static final URI PUBLISHED = URI.create("https://example.org/indsatskatalog/");

    @Test void theRealSiteHasNoBrokenInternalReference(RealSite site) {
        assertTrue(site.pages().size() > 40, "pages found: " + site.pages().size());
        URI published = URI.create("https://example.org" + site.basePath());
        assertEquals(List.of(), new LinkCheck(site.dir(), published).problems());
    }

    @Test void brokenLinksAnchorsAndAssetsAreReported(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("css"));
        Files.writeString(dir.resolve("css/site.css"), "body { background: url(\"../img/missing.png\"); }");
        Files.writeString(dir.resolve("index.html"), """
            <!DOCTYPE html><html lang="da"><head><title>t</title><link rel="stylesheet" href="css/site.css"></head>
            <body><a href="#top">ok?</a><a href="a/index.html#here">ok</a><a href="a/index.html#gone">anchor</a>
            <a href="b/index.html">file</a><a href="/css/site.css">root</a><img src="logo.svg" alt="">
            <a href="https://other.example/x">external</a><a href="mailto:x@example.org">mail</a></body></html>""");
        Files.writeString(dir.resolve("a/index.html"), """
            <!DOCTYPE html><html lang="da"><head><title>a</title></head><body><h2 id="here">x</h2>
            <a href="../">up</a></body></html>""");
        assertEquals(List.of(
            "css/site.css: url(../img/missing.png): no such file img/missing.png",
            "index.html: a href=\"#top\": no id \"top\" in index.html",
            "index.html: a href=\"a/index.html#gone\": no id \"gone\" in a/index.html",
            "index.html: a href=\"b/index.html\": no such file b/index.html",
            "index.html: a href=\"/css/site.css\": outside the site (/css/site.css)",
            "index.html: img src=\"logo.svg\": no such file logo.svg"),
            new LinkCheck(dir, PUBLISHED).problems());
    }
}
