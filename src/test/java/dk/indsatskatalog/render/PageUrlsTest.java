package dk.indsatskatalog.render;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every address a template prints comes from PageUrls, relative to the page's root. */
class PageUrlsTest {
    private static PageUrls urls(String root, Map<String, String> settings, Set<String> pages) {
        return new PageUrls(root, TemplateHarness.site(settings), pages);
    }

    @Test void siteAddressesAreRelativeToThePage() {
        PageUrls entry = urls("../../", Map.of(), Set.of());
        assertEquals(List.of("../../index.html", "../../indsatser/lektiecafe/index.html", "../../indsatser/lektiecafe/historik/index.html",
                "../../temaer/beskaeftigelse/index.html", "../../maalgrupper/unge/index.html", "../../evidensskala/index.html#niveau-3",
                "../../evidensskala/index.html#ingen-effekt", "../../evidens/niveau-2/index.html", "../../aabne-data/index.html",
                "../../bidrag/index.html", "../../css/site.css", "../../feed.xml"),
            List.of(entry.home(), entry.entry("lektiecafe"), entry.history("lektiecafe"), entry.theme("beskaeftigelse"),
                entry.targetGroup("unge"), entry.scaleLevel(3), entry.scaleNoEffect(), entry.level(2), entry.openData(),
                entry.contribute(), entry.stylesheet("site.css"), entry.feed()));
        assertEquals("index.html", urls("", Map.of(), Set.of()).home());
    }

    /** site.host may end in "/" (validate accepts it); absolute addresses have one slash either way. */
    @Test void absoluteAddressesHaveOneSlashWhetherOrNotTheHostEndsInOne() {
        for (String host : List.of("https://example.org/katalog", "https://example.org/katalog/")) {
            var site = TemplateHarness.site(Map.of("site.host", host));
            assertEquals("https://example.org/katalog/indsatser/lektiecafe/", new PageUrls("", site, Set.of()).permanent("lektiecafe"), host);
            assertEquals("https://example.org/katalog/", site.pageVariables().get("site.url"), host);
        }
    }

    @Test void theMenuHasOpenDataAndEveryItemIsAPage() {
        assertEquals(List.of("entries ../indsatser/index.html", "themes ../temaer/index.html", "target-groups ../maalgrupper/index.html",
                "scale ../evidensskala/index.html", "open-data ../aabne-data/index.html", "about ../om/index.html"),
            urls("../", Map.of(), Set.of()).menu().stream().map(i -> i.key() + " " + i.href()).toList());
    }

    @Test void theCompareLinkExistsOnlyWhenTheSiteHasTheComparePage() {
        assertNull(urls("../../", Map.of(), Set.of()).compare("lektiecafe"));
        assertEquals("../../sammenlign/index.html?indsatser=lektiecafe",
            urls("../../", Map.of(), Set.of("sammenlign/index.html")).compare("lektiecafe"));
    }

    @Test void repositoryAddressesComeFromTheSettings() {
        PageUrls u = urls("", Map.of(), Set.of());
        assertEquals(List.of("https://github.com/indsatskatalog/indsatskatalog/edit/main/content/interventions/x.yml",
                "https://github.com/indsatskatalog/indsatskatalog/blob/main/CONTRIBUTING.md",
                "https://github.com/indsatskatalog/indsatskatalog/blob/main/CONTRIBUTING.md#tilføj-en-ny-indsats",
                "https://github.com/indsatskatalog/indsatskatalog/issues/new?template=foreslaa-en-indsats.yml",
                "https://github.com/indsatskatalog/indsatskatalog/issues/new?template=fejl-i-en-indsats.yml",
                "https://indsatskatalog.github.io/indsatskatalog/indsatser/x/"),
            List.of(u.edit("content/interventions/x.yml"), u.contributingGuide(), u.contributingNewEntry(), u.newEntryIssue(),
                u.errorIssue(), u.permanent("x")));
        assertTrue(u.contactNeedsGitHub());
        assertFalse(urls("", Map.of("indsatskatalog.publisher.contact", "https://kommune.example.dk/kontakt"), Set.of()).contactNeedsGitHub());
    }

    @Test void withoutAnAddressThereIsNoMailLink() {
        PageUrls u = urls("", Map.of(), Set.of());
        assertFalse(u.hasEmail());
        assertNull(u.changeMail("Lektiecafé", "lektiecafe"));
        assertNull(u.newEntryMail());
        assertNull(u.errorMail());
    }

    @Test void mailLinksArePrefilledAndEncodedForMailto() {
        PageUrls u = urls("", Map.of("indsatskatalog.publisher.email", "redaktion@example.org"), Set.of());
        assertEquals("mailto:redaktion@example.org?subject=Rettelse%20til%20Lektiecaf%C3%A9%20%26%20co&body=Indsats%3A%20"
            + "https%3A%2F%2Findsatskatalog.github.io%2Findsatskatalog%2Findsatser%2Flektiecafe%2F%0A%0AHvad%20er%20forkert%3F%0A%0A%0A"
            + "Hvad%20burde%20der%20st%C3%A5%2C%20og%20hvilken%20kilde%20viser%20det%3F%0A%0A", u.changeMail("Lektiecafé & co", "lektiecafe"));
        assertTrue(u.newEntryMail().startsWith("mailto:redaktion@example.org?subject=Forslag%20til%20ny%20indsats&body=Indsatsens%20navn%3A"));
    }

    @Test void onlyRelativeWebAndMailAddressesAreSafe() {
        PageUrls u = urls("", Map.of(), Set.of());
        assertEquals(List.of("../a.html", "#x", "?q=a:b", "https://example.org/a", "HTTP://example.org", "mailto:a@b.dk",
                "#", "#", "#", "#", "#", "#"),
            java.util.stream.Stream.of("../a.html", "#x", "?q=a:b", "https://example.org/a", "HTTP://example.org", "mailto:a@b.dk",
                "javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "data:text/html,x", "vbscript:x", null)
                .map(u::safe).toList());
    }
}
