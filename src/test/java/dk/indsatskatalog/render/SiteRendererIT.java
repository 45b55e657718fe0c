package dk.indsatskatalog.render;

import dk.indsatskatalog.TestProject;
import dk.indsatskatalog.build.BuildResult;
import dk.indsatskatalog.build.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds a small project once and checks every page type exists, is not empty and shows its fields. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteRendererIT {
    private Path site;

    @BeforeAll void build(@TempDir Path temp) throws IOException {
        TestProject project = TestProject.create(temp).withFixture("gyldig").withFixture("script-injection");
        project.withRealEntry("sociale-vicevaerter");
        site = temp.resolve("site");
        try (Pipeline pipeline = new Pipeline(project.dir())) {
            BuildResult result = pipeline.build(site);
            assertEquals(List.of(), result.problems());
        }
    }

    private String page(String path) throws IOException {
        return Files.readString(site.resolve(path));
    }

    /** A free page named like a folder the build writes would collide with it: validate must know every one. */
    @Test void everyTopLevelFolderTheBuildWritesIsReservedFromFreePages() throws IOException {
        Set<String> free = new java.util.TreeSet<>();
        for (Path page : FreePages.files(TestProject.REPOSITORY)) free.add(page.getFileName().toString().replaceAll("\\.md$", ""));
        Set<String> unreserved = new java.util.TreeSet<>();
        try (var folders = Files.list(site)) {
            folders.filter(Files::isDirectory).map(f -> f.getFileName().toString())
                .filter(name -> !FreePages.GENERATED.contains(name) && !free.contains(name) && !Files.isDirectory(TestProject.REPOSITORY.resolve("assets").resolve(name)))
                .forEach(unreserved::add);
        }
        assertEquals(Set.of(), unreserved);
    }

    @Test void everyPageTypeIsWrittenAndNotEmpty() throws IOException {
        for (String path : List.of("index.html", "404.html", "indsatser/index.html", "indsatser/gyldig/index.html",
                "temaer/index.html", "temaer/uddannelse-og-livschancer/index.html", "maalgrupper/boern/index.html",
                "evidens/niveau-2/index.html", "evidens/ingen-effekt/index.html", "evidensskala/index.html",
                "om/index.html", "metode/index.html", "css/site.css")) {
            assertTrue(Files.size(site.resolve(path)) > 200, path + " is empty or missing");
        }
    }

    @Test void theEntryPageShowsEveryField() throws IOException {
        String html = page("indsatser/sociale-vicevaerter/index.html");
        for (String expected : List.of(
                "<h1 class=\"ik-entry__title\">Sociale viceværter</h1>",
                "<p class=\"ik-entry__english-name\" lang=\"en\">Social caretakers</p>",
                "href=\"../../evidensskala/index.html#niveau-3\"",
                "<span class=\"ik-evidence-badge__name\">Lovende</span>",
                "Socialt udsatte beboere", "18 år og op", "Ukendt – ikke fundet i kilderne",
                "<time datetime=\"2026-12-07\">7. december 2026</time>",
                "hver fjerde fogedudsættelse", "Sådan er niveauet fundet", "Ansættelse og uddannelse af beboere:", "Ribe Boligforening",
                "KFUM", "Høje Kolstrup", "Ingen kronebeløb for løn eller drift er fundet i kilderne.",
                "id=\"kilde-cfbu-2017-effekt\"", "Sammenligning, der ikke er efterprøvet", "4 boligområder, efteråret 2016",
                "(år ikke angivet)", "(ingen offentlig webadresse)", "lang=\"en\"", "eviction",
                "href=\"https://github.com/indsatskatalog/indsatskatalog/edit/main/content/interventions/sociale-vicevaerter.yml\"")) {
            assertTrue(html.contains(expected), "entry page lacks: " + expected);
        }
    }

    @Test void outcomesCiteTheirSourcesByNumber() throws IOException {
        String html = page("indsatser/sociale-vicevaerter/index.html");
        assertTrue(html.contains("<a class=\"ik-source-refs__link\" href=\"#kilde-cfbu-2017-effekt\" aria-label=\"Kilde 5: "
            + "Sociale viceværter – en effektevaluering af sociale viceværters arbejde mod fogedudsættelser\">[5]</a>"), html);
    }

    @Test void listingsWorkWithoutJavascriptAndLinkEveryEntry() throws IOException {
        String html = page("indsatser/index.html");
        for (String slug : List.of("gyldig", "script-injection", "sociale-vicevaerter")) {
            assertTrue(html.contains("href=\"../indsatser/" + slug + "/index.html\""), slug);
        }
        assertTrue(page("maalgrupper/boern/index.html").contains("href=\"../../indsatser/gyldig/index.html\""));
        assertFalse(page("maalgrupper/boern/index.html").contains("sociale-vicevaerter/"));
    }

    @Test void editorTextWithScriptComesOutInert() throws IOException {
        String html = page("indsatser/script-injection/index.html");
        // The only script elements: the site's own module (by src, never inline) and the JSON-LD data block.
        assertFalse(Pattern.compile("<script(?! type=\"application/ld\\+json\">)(?! type=\"module\" src=\"\\.\\./\\.\\./js/)",
            Pattern.CASE_INSENSITIVE).matcher(html).find(), "a <script> tag came through");
        assertEquals(1, html.split(java.util.regex.Pattern.quote("application/ld+json"), -1).length - 1, "one JSON-LD block");
        assertEquals(1, html.split("</script>", -1).length - 1 - (html.contains("js/find/compare-links.js") ? 1 : 0),
            "the JSON-LD block is the one data script and editor text cannot close it");
        assertFalse(Pattern.compile("<[a-z][^>]*\\son[a-z]+=").matcher(html).find(), "an event handler attribute came through");
        assertFalse(html.contains("href=\"javascript:"), "a javascript: link came through");
        assertTrue(html.contains("href=\"https://example.org/a&#39;onmouseover=&#39;alert(10)\""), "URL not attribute-escaped");
        for (int i : new int[]{1, 2, 3, 6, 7, 8, 9}) assertTrue(html.contains("&lt;script&gt;alert(" + i + ")"), "field " + i + " not shown as text");
    }

    @Test void noPageHasInlineScriptOrStyle() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file);
                assertFalse(html.contains(" style=\""), file + " has an inline style");
                assertFalse(Pattern.compile(" on[a-z]+=\"").matcher(html).find(), file + " has an inline event handler");
                Matcher scripts = Pattern.compile("<script(?![^>]*\\ssrc=)(?![^>]*application/ld\\+json)").matcher(html);
                assertFalse(scripts.find(), file + " has an inline script");
            }
        }
    }
}
