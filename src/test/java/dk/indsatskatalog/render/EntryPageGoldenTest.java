package dk.indsatskatalog.render;

import dk.indsatskatalog.TestProject;
import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.model.Slug;
import dk.indsatskatalog.site.SiteInfo;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The whole entry page of the fixture that fills in every field, compared with a reviewed copy:
 * {@code src/test/resources/golden/entry-page.html}. Any change to the entry page's markup shows up
 * here as a diff to review like code; regenerate the copy with {@code -Dgolden.update=true}.
 */
class EntryPageGoldenTest {
    static final Path GOLDEN = TestProject.REPOSITORY.resolve("src/test/resources/golden/entry-page.html");

    @Test void theEntryPageIsTheReviewedOne() throws IOException {
        Catalogue catalogue = TemplateHarness.catalogue();
        SiteInfo site = TemplateHarness.site(Map.of());
        Map<Slug, Intervention> bySlug = catalogue.bySlug();
        EntryPages pages = new EntryPages(bySlug, site, site.review());
        EntryPage page = pages.of(bySlug.get(new Slug("fuld")));
        String html = normalised(TemplateHarness.page("pages/intervention.ftlh", page, "indsatser/fuld/index.html", site,
            Set.of("sammenlign/index.html")));
        if (Boolean.getBoolean("golden.update")) Files.writeString(GOLDEN, html, StandardCharsets.UTF_8);
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), html,
            "the entry page changed; review the difference and run with -Dgolden.update=true to accept it");
    }

    /** Each line trimmed, blank lines dropped: indentation and empty lines left by template tags are noise. */
    static String normalised(String html) {
        return html.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n", "", "\n"));
    }
}
