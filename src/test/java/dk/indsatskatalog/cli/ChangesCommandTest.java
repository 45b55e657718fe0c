package dk.indsatskatalog.cli;

import dk.indsatskatalog.GitRepo;
import dk.indsatskatalog.TestProject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code changes --since REF}: the job summary of a pull request's effect on the catalogue. */
class ChangesCommandTest extends CommandLineTest {
    private static String entry(String slug, String name) {
        return TestProject.fixtureText("gyldig").replace("slug: gyldig", "slug: " + slug).replace("Gyldig indsats", name);
    }

    @Test void listsAddedRemovedAndChangedEntriesAndEveryLevelChange() throws IOException {
        TestProject project = TestProject.create(temp)
            .withEntry("lektiecafe.yml", entry("lektiecafe", "Lektiecafé"))
            .withEntry("natteravne.yml", entry("natteravne", "Natteravne"))
            .withEntry("byhaver.yml", entry("byhaver", "Byhaver"));
        GitRepo.init(project.dir()).commitAll("2026-11-01", "Three entries");
        Files.delete(project.entries().resolve("byhaver.yml"));
        project.withEntry("lektiecafe.yml", entry("lektiecafe", "Lektiecafé").replace("kind: experience", "kind: change")
                .replace("      sources: [vive-2018]", "      sources: [foer-efter]"))
            .withEntry("natteravne.yml", entry("natteravne", "Natteravne").replace("En beskrivelse.", "En bedre beskrivelse."))
            .withEntry("faedre.yml", entry("faedre", "Fædre *og* børn"));
        Files.writeString(project.dir().resolve("content/aendringer.yml"), """
            releases:
              - date: 2026-12-01
                title: En ny måling
                changes:
                  - entry: lektiecafe
                    from: 2
                    to: 3
                    reason: En før-efter-måling viser en forandring.
            """);
        assertEquals(ExitCodes.OK, run("changes", "--since", "main", "-p", project.dir().toString()), err.toString());
        assertEquals("""
            ## Ændringer i kataloget

            Sammenlignet med `main`: 1 tilføjet, 1 fjernet, 2 ændret.

            ### Tilføjet (1)

            - **Fædre \\*og\\* børn** (`faedre`) – evidensniveau 2 Dokumenteret praksis

            ### Fjernet (1)

            - **Byhaver** (`byhaver`) – evidensniveau 2 Dokumenteret praksis

            ### Ændret (2)

            - **Lektiecafé** (`lektiecafe`)
            - **Natteravne** (`natteravne`)

            ### Ændrede evidensniveauer

            | Indsats | Før | Efter | Begrundelse |
            |---|---|---|---|
            | **Lektiecafé** (`lektiecafe`) | 2 Dokumenteret praksis | 3 Lovende | En før-efter-måling viser en forandring. |
            """, out.toString());
    }

    @Test void saysSoWhenNothingChanged() {
        TestProject project = TestProject.create(temp).withFixture("gyldig");
        GitRepo.init(project.dir()).commitAll("2026-11-01", "One entry");
        assertEquals(ExitCodes.OK, run("changes", "--since", "HEAD", "-p", project.dir().toString()), err.toString());
        assertEquals("""
            ## Ændringer i kataloget

            Sammenlignet med `HEAD`: 0 tilføjet, 0 fjernet, 0 ændret.

            ### Ændrede evidensniveauer

            Ingen indsats har skiftet evidensniveau.
            """, out.toString());
    }

    @Test void namesEntriesBySlugOnlyWhenTheNewCatalogueHasProblems() {
        TestProject project = TestProject.create(temp).withFixture("gyldig");
        GitRepo.init(project.dir()).commitAll("2026-11-01", "One entry");
        project.withFixture("malformed-date");
        assertEquals(ExitCodes.OK, run("changes", "--since", "HEAD", "-p", project.dir().toString()), err.toString());
        assertEquals("""
            ## Ændringer i kataloget

            Sammenlignet med `HEAD`: 1 tilføjet, 0 fjernet, 0 ændret.

            > Kataloget har fejl (se validate-trinnet), så evidensniveauerne kan ikke beregnes.

            ### Tilføjet (1)

            - `malformed-date`

            ### Ændrede evidensniveauer

            Kan ikke afgøres ved at sammenligne, fordi kataloget ikke kan læses på den ene side (fx har den en ældre form eller fejl).
            """, out.toString());
    }

    @Test void anUnknownRefIsAUsageError() {
        TestProject project = TestProject.create(temp).withFixture("gyldig");
        GitRepo.init(project.dir()).commitAll("2026-11-01", "One entry");
        assertEquals(ExitCodes.USAGE, run("changes", "--since", "no-such-branch", "-p", project.dir().toString()));
        assertEquals("\"no-such-branch\" er ikke en commit i dette git-repository.\n", err.toString());
    }

    @Test void anEntryThatIsNotUtf8IsAChangedEntryNotAnInternalError() throws IOException {
        TestProject project = TestProject.create(temp).withFixture("gyldig");
        GitRepo.init(project.dir()).commitAll("2026-11-01", "One entry");
        Files.write(project.entries().resolve("gyldig.yml"),
            TestProject.fixtureText("gyldig").replace("En beskrivelse.", "En beskrivelse af \u00e6bler.").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals(ExitCodes.OK, run("changes", "--since", "HEAD", "-p", project.dir().toString()), err.toString());
        assertEquals("""
            ## Ændringer i kataloget

            Sammenlignet med `HEAD`: 0 tilføjet, 0 fjernet, 1 ændret.

            > Kataloget har fejl (se validate-trinnet), så evidensniveauerne kan ikke beregnes.

            ### Ændret (1)

            - `gyldig`

            ### Ændrede evidensniveauer

            Kan ikke afgøres ved at sammenligne, fordi kataloget ikke kan læses på den ene side (fx har den en ældre form eller fejl).
            """, out.toString());
    }
}
