package dk.indsatskatalog.render;

import dk.indsatskatalog.GitRepo;
import dk.indsatskatalog.TestProject;
import dk.indsatskatalog.build.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** History pages from git, each change summarised in Danish from the entry's diff (or a plain note without git), the review mark and the editors' page. */
class EditorialPagesIT {
    private static final String COMMIT_URL = "https://github.com/indsatskatalog/indsatskatalog/commit/";
    @TempDir Path temp;

    private static String entry(String slug, String name, String lastReviewed) {
        return TestProject.fixtureText("gyldig").replace("slug: gyldig", "slug: " + slug).replace("Gyldig indsats", name)
            .replace("lastReviewed: 2026-11-22", "lastReviewed: " + lastReviewed);
    }

    private Path build(TestProject project) throws IOException {
        Path site = temp.resolve("site");
        try (Pipeline pipeline = new Pipeline(project.dir())) {
            assertTrue(pipeline.build(site).ok());
        }
        return site;
    }

    private static void assertContains(String html, String expected) {
        assertTrue(html.contains(expected), "lacks " + expected + " in:\n" + html);
    }

    @Test void withGitEachEntryHasItsCommitsFollowingRenamesAndOldEntriesAreMarkedForReview() throws IOException {
        TestProject project = TestProject.create(temp).withEntry("gyldig.yml", entry("gyldig", "Gyldig indsats", "2026-11-22"))
            .withEntry("gammel.yml", entry("gammel", "Gammel indsats", "2024-06-01"));
        GitRepo repo = GitRepo.init(project.dir()).commitAll("2024-06-01", "Første udgave");
        String first = repo.head();
        Files.move(project.entries().resolve("gammel.yml"), project.entries().resolve("aeldre.yml"));
        project.withEntry("aeldre.yml", entry("aeldre", "Gammel indsats", "2024-06-01"));
        repo.commitAll("2025-03-15", "Omdøb gammel til aeldre <script>alert(1)</script>");
        String renamed = repo.head();
        project.withEntry("gyldig.yml", entry("gyldig", "Gyldig indsats", "2026-11-22").replace("En beskrivelse.", "En bedre beskrivelse."));
        repo.commitAll("2026-11-30", "Ret beskrivelsen");
        String fixed = repo.head();

        Path site = build(project);
        String gyldig = Files.readString(site.resolve("indsatser/gyldig/historik/index.html"));
        assertContains(gyldig, "<li class=\"ik-history__item\"><time class=\"ik-history__date\" datetime=\"2026-11-30\">30. november 2026</time>\n"
            + "    <p class=\"ik-history__summary\">Beskrivelsen ændret.</p>\n"
            + "    <a class=\"ik-history__link\" href=\"" + COMMIT_URL + fixed + "\">Se ændringen i filen (version " + fixed.substring(0, 7) + ")</a></li>");
        assertContains(gyldig, "datetime=\"2024-06-01\">1. juni 2024</time>\n    <p class=\"ik-history__summary\">Indsatsen kom med i kataloget med 1 fund.</p>\n"
            + "    <a class=\"ik-history__link\" href=\"" + COMMIT_URL + first);
        assertFalse(gyldig.contains(renamed), "a commit that did not touch the file is not in its history");
        assertFalse(gyldig.contains("Ret beskrivelsen"), "commit messages are the developers' notes, not shown to readers");

        String aeldre = Files.readString(site.resolve("indsatser/aeldre/historik/index.html"));
        assertContains(aeldre, "<p class=\"ik-history__summary\">Indsatsen fik en ny adresse (før: gammel).</p>\n"
            + "    <a class=\"ik-history__link\" href=\"" + COMMIT_URL + renamed + "\">");
        assertContains(aeldre, "href=\"" + COMMIT_URL + first + "\"");
        assertFalse(aeldre.contains("alert(1)"), "a commit message never reaches the page");

        assertContains(Files.readString(site.resolve("indsatser/aeldre/index.html")), "<strong class=\"ik-review-due\">Bør gennemgås igen</strong>");
        assertFalse(Files.readString(site.resolve("indsatser/gyldig/index.html")).contains("ik-review-due"));
        assertContains(Files.readString(site.resolve("indsatser/gyldig/index.html")), "<a href=\"../../indsatser/gyldig/historik/index.html\">Ændringshistorik</a>");

        String editors = Files.readString(site.resolve("redaktion/index.html"));
        assertContains(editors, "<h2 id=\"gennemgang\">Bør gennemgås igen (1)</h2>");
        assertContains(editors, "regnet fra <time datetime=\"2026-11-30\">30. november 2026</time> (datoen for den seneste ændring i kataloget)");
        assertContains(editors, "<tr><th scope=\"row\"><a href=\"../indsatser/aeldre/index.html\">Gammel indsats</a></th>\n"
            + "        <td><time datetime=\"2024-06-01\">1. juni 2024</time></td>\n"
            + "        <td><time datetime=\"2026-06-02\">2. juni 2026</time></td></tr>");
        assertContains(editors, "<h2 id=\"tynd\">Tynd evidens (2)</h2>");
    }

    @Test void withoutGitTheHistoryPageSaysSoAndTheReviewDateIsTheNewestReview() throws IOException {
        TestProject project = TestProject.create(temp).withEntry("gyldig.yml", entry("gyldig", "Gyldig indsats", "2026-11-22"))
            .withEntry("gammel.yml", entry("gammel", "Gammel indsats", "2024-11-22"));
        Path site = build(project);
        assertContains(Files.readString(site.resolve("indsatser/gyldig/historik/index.html")),
            "<p class=\"ik-notice ik-notice--info\">Ændringshistorikken er ikke med i denne udgave af sitet, fordi den er bygget uden "
                + "versionshistorik. Se <a href=\"https://github.com/indsatskatalog/indsatskatalog/commits/main/content/interventions/gyldig.yml\">"
                + "historikken for indsatsens fil</a> hos kildekoden.</p>");
        String editors = Files.readString(site.resolve("redaktion/index.html"));
        assertContains(editors, "regnet fra <time datetime=\"2026-11-22\">22. november 2026</time> (den nyeste gennemgang i kataloget, "
            + "da sitet er bygget uden versionshistorik)");
        assertContains(editors, "<h2 id=\"gennemgang\">Bør gennemgås igen (0)</h2>");
        assertContains(Files.readString(site.resolve("indsatser/gammel/index.html")), "<span class=\"ik-practical__reviewed\">Sidst gennemgået <time datetime=\"2024-11-22\">22. november 2024</time></span></p>");
    }
}
