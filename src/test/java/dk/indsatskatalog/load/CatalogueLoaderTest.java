package dk.indsatskatalog.load;

import dk.indsatskatalog.TestProject;
import dk.indsatskatalog.problem.Problem;
import dk.indsatskatalog.problem.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What the loader makes of the entry folder and of files that are not what they seem. */
class CatalogueLoaderTest {
    @TempDir Path temp;

    private List<String> problems(TestProject project) {
        return new CatalogueLoader().load(project.dir().resolve("content")).problems().stream().map(Problem::toString).toList();
    }

    @Test void everyFileInTheEntryFolderThatIsNotAnEntryIsAProblemAtItsPath() throws IOException {
        TestProject project = TestProject.create(temp).withFixture("gyldig");
        String entry = TestProject.fixtureText("gyldig");
        project.withEntry("Stor.YML", entry).withEntry("lang.yaml", entry).withEntry("noter.txt", "x").withEntry("con.yml", entry)
            .withEntry(".DS_Store", "editor state");
        Files.createDirectories(project.entries().resolve("mappe.yml"));
        Files.writeString(project.entries().resolve("mappe.yml/inde.yml"), entry);
        assertEquals(List.of(
            "content/interventions/Stor.YML:1:1: filerne her ender på .yml; omdøb til Stor.yml",
            "content/interventions/con.yml:1:1: \"con\" er et reserveret navn i Windows og kan ikke bruges som filnavn",
            "content/interventions/lang.yaml:1:1: filerne her ender på .yml; omdøb til lang.yml",
            "content/interventions/mappe.yml:1:1: en mappe hører ikke til her; dens filer bliver ikke læst",
            "content/interventions/noter.txt:1:1: kun YAML-filer (<navn>.yml) hører til her; filen bliver ikke læst"),
            problems(project));
    }

    @Test void aLinkedEntryIsAProblemAndItsTargetIsNeverRead() throws IOException {
        TestProject project = TestProject.create(temp).withFixture("gyldig");
        Path secret = Files.writeString(temp.resolve("secret.yml"), "token: hemmelig-vaerdi\n");
        Files.createSymbolicLink(project.entries().resolve("passwd.yml"), secret);
        Files.createSymbolicLink(project.entries().resolve("dangling.yml"), temp.resolve("nowhere.yml"));
        LoadResult loaded = new CatalogueLoader().load(project.dir().resolve("content"));
        assertEquals(List.of(
            "content/interventions/dangling.yml:1:1: et symbolsk link er ikke tilladt her; det bliver ikke fulgt",
            "content/interventions/passwd.yml:1:1: et symbolsk link er ikke tilladt her; det bliver ikke fulgt"),
            loaded.problems().stream().map(Problem::toString).toList());
        assertEquals(1, loaded.entries().size());
    }

    @Test void aLinkedTaxonomyIsALinkNotAMissingFile() throws IOException {
        TestProject project = TestProject.create(temp).withFixture("gyldig");
        Path themes = project.dir().resolve("content/taxonomies/themes.yml");
        Path elsewhere = Files.move(themes, temp.resolve("themes.yml"));
        Files.createSymbolicLink(themes, elsewhere);
        assertEquals(List.of("content/taxonomies/themes.yml:1:1: et symbolsk link er ikke tilladt her; det bliver ikke fulgt"),
            problems(project));
    }

    @Test void aTabInTheIndentationIsReportedOnItsOwnLineInDanish() {
        TestProject project = TestProject.create(temp)
            .withEntry("tab.yml", TestProject.fixtureText("gyldig").replace("  costBand: ukendt", "\tcostBand: ukendt"));
        assertEquals(List.of("content/interventions/tab.yml:11:1: tabulator i indrykningen; YAML indrykkes kun med mellemrum"),
            problems(project));
    }

    @Test void aLongOrMultiLineValueIsQuotedAsAShortExcerpt() {
        String pasted = "root:x:0:0:root:/root:/bin/bash daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin bin:x:2:2:bin:/bin:/usr/sbin/nologin";
        TestProject project = TestProject.create(temp).withEntry("dump.yml", pasted + "\nsys:x:3:3:sys:/dev:/usr/sbin/nologin\n");
        assertEquals(List.of("content/interventions/dump.yml:1:1: forventede felter (navn: værdi), fandt \""
            + pasted.substring(0, ProblemCode.MAX_EXCERPT) + "…\""), problems(project));
    }

    @Test void aFileWithTypeErrorsIsBoundRepairedForFurtherChecksButNotLoaded() {
        TestProject project = TestProject.create(temp).withEntry("typer.yml", TestProject.fixtureText("gyldig")
            .replace("slug: gyldig", "slug: typer").replace("targetGroups: [boern]", "targetGroups: boern")
            .replace("      direction: positive", "      direction: [positive]").replace("lastReviewed: 2026-11-22", "lastReviewed: 22-11-2026"));
        CatalogueLoader loader = new CatalogueLoader();
        Path content = project.dir().resolve("content");
        LoadResult loaded = loader.load(content);
        assertNull(loaded.entries().get(0).document());
        EntryDocument repaired = loader.withRepairedEntries(loaded, content).entries().get(0).document();
        assertEquals(List.of(List.of(), "22-11-2026", "typer"),
            List.of(repaired.targetGroups(), repaired.lastReviewed(), repaired.slug()));
        assertEquals("", repaired.evidence().outcomes().get(0).direction());
    }
}
