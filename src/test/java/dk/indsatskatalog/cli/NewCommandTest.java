package dk.indsatskatalog.cli;

import dk.indsatskatalog.TestProject;
import dk.indsatskatalog.load.CatalogueLoader;
import dk.indsatskatalog.load.EntrySchema;
import dk.indsatskatalog.load.Problem;
import dk.indsatskatalog.validate.Validator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code new <slug>}: the scaffold's shape, its guidance through validate, and what it refuses. */
class NewCommandTest extends CommandLineTest {
    private List<String> problems(TestProject project) {
        return new Validator().validate(new CatalogueLoader().load(project.dir().resolve("content"))).problems().stream()
            .map(Problem::toString).toList();
    }

    @Test void writesTheTemplateWithSlugDateAndSchemaLine() throws IOException {
        TestProject project = TestProject.create(temp);
        assertEquals(ExitCodes.OK, run("new", "lektiehjaelp", "-p", project.dir().toString(), "--date", "2026-12-01"), err.toString());
        assertEquals("Oprettede content/interventions/lektiehjaelp.yml. Udfyld felterne, og kør validate eller serve for at se, hvad der mangler.\n",
            out.toString());
        String text = Files.readString(project.entries().resolve("lektiehjaelp.yml"));
        assertTrue(text.startsWith(EntrySchema.ENTRY_MODELINE + "\n"), text);
        assertTrue(text.contains("\nslug: lektiehjaelp\n"), text);
        assertTrue(text.contains("\nlastReviewed: 2026-12-01\n"), text);
    }

    @Test void validatePointsAtEveryFieldTheScaffoldLeavesToFillIn() {
        TestProject project = TestProject.create(temp);
        run("new", "lektiehjaelp", "-p", project.dir().toString(), "--date", "2026-12-01");
        String at = "content/interventions/lektiehjaelp.yml:";
        assertEquals(List.of(
            at + "9:3: name.da: det påkrævede felt \"da\" er tomt",
            at + "10:3: name.en: det påkrævede felt \"en\" er tomt",
            at + "13:3: summary.da: det påkrævede felt \"da\" er tomt",
            at + "14:3: summary.en: det påkrævede felt \"en\" er tomt",
            at + "16:1: description: det påkrævede felt \"description\" er tomt",
            at + "21:1: targetGroups: det påkrævede felt \"targetGroups\" er tomt",
            at + "23:1: themes: det påkrævede felt \"themes\" er tomt",
            at + "30:3: resources.deliveredBy: det påkrævede felt \"deliveredBy\" er tomt",
            at + "51:1: places: indsatsen nævner hverken et sted (places) eller det, vi ikke ved (knowledgeGaps)",
            at + "58:1: searchWords: det påkrævede felt \"searchWords\" er tomt",
            at + "67:7: evidence.studies[0].id: det påkrævede felt \"id\" er tomt",
            at + "68:7: evidence.studies[0].authors: det påkrævede felt \"authors\" er tomt",
            at + "69:7: evidence.studies[0].title: det påkrævede felt \"title\" er tomt",
            at + "72:7: evidence.studies[0].design: det påkrævede felt \"design\" er tomt",
            at + "80:7: evidence.outcomes[0].domain: det påkrævede felt \"domain\" er tomt",
            at + "82:7: evidence.outcomes[0].finding: det påkrævede felt \"finding\" er tomt",
            at + "83:7: evidence.outcomes[0].studies: det påkrævede felt \"studies\" er tomt"), problems(project));
    }

    @Test void theScaffoldFilledInIsAValidEntry() throws IOException {
        TestProject project = TestProject.create(temp);
        run("new", "lektiehjaelp", "-p", project.dir().toString(), "--date", "2026-12-01");
        Path file = project.entries().resolve("lektiehjaelp.yml");
        String filled = Files.readString(file)
            .replaceFirst("da: \"\" ", "da: Lektiehjælp ")
            .replaceFirst("en: \"\" ", "en: Homework help ")
            .replaceFirst("da: \"\"\n", "da: Frivillige hjælper børn med lektier.\n")
            .replaceFirst("en: \"\" ", "en: Volunteers help children with homework. ")
            .replace("description: |\n  \n", "description: |\n  Frivillige hjælper børn med lektier i beboerhuset.\n")
            .replace("targetGroups: []", "targetGroups: [boern]")
            .replace("themes: []", "themes: [uddannelse-og-livschancer]")
            .replace("searchWords: []", "searchWords: [lektiecafe]")
            .replace("knowledgeGaps: []", "knowledgeGaps: [\"Kilderne nævner ikke, hvor indsatsen bruges.\"]")
            .replace("deliveredBy: \"\"", "deliveredBy: Boligorganisationen")
            .replace("id: \"\"", "id: vive-2019")
            .replace("authors: \"\"", "authors: VIVE")
            .replace("title: \"\"", "title: En evaluering")
            .replace("url: \"\"", "url: https://example.org/rapport")
            .replace("design: \"\"", "design: qualitative")
            .replace("domain: \"\"", "domain: skole-og-laering")
            .replace("finding: \"\"", "finding: Børnene laver oftere lektier.")
            .replace("studies: []  ", "studies: [vive-2019]  ");
        Files.writeString(file, filled);
        assertEquals(List.of(), problems(project));
    }

    @Test void refusesASlugThatAlreadyExistsAndLeavesTheFileAlone() throws IOException {
        TestProject project = TestProject.create(temp).withFixture("gyldig");
        String before = Files.readString(project.entries().resolve("gyldig.yml"));
        assertEquals(ExitCodes.USAGE, run("new", "gyldig", "-p", project.dir().toString()));
        assertEquals("content/interventions/gyldig.yml findes allerede; vælg en anden slug eller ret den eksisterende indsats.\n",
            err.toString());
        assertEquals(before, Files.readString(project.entries().resolve("gyldig.yml")));
    }

    @Test void refusesAnIllFormedSlugAndWritesNothing() throws IOException {
        TestProject project = TestProject.create(temp);
        assertEquals(ExitCodes.USAGE, run("new", "Lektiehjælp", "-p", project.dir().toString()));
        assertEquals("slug \"Lektiehjælp\" skal være 2–60 små bogstaver (a–z), cifre og enkelte bindestreger, fx \"lektiecafe\"; "
            + "skriv æ som ae, ø som oe og å som aa.\n", err.toString());
        try (var files = Files.list(project.entries())) { assertFalse(files.findAny().isPresent()); }
    }

    @Test void refusesToWriteThroughADanglingLinkAndCreatesNothingWhereItPoints() throws IOException {
        TestProject project = TestProject.create(temp);
        Path hooks = Files.createDirectories(temp.resolve("hooks"));
        Files.createSymbolicLink(project.entries().resolve("lektiehjaelp.yml"), hooks.resolve("pre-commit"));
        assertEquals(ExitCodes.USAGE, run("new", "lektiehjaelp", "-p", project.dir().toString()));
        assertEquals("content/interventions/lektiehjaelp.yml er et symbolsk link; new skriver ikke gennem det. "
            + "Slet linket, hvis du vil oprette indsatsen.\n", err.toString());
        assertFalse(Files.exists(hooks.resolve("pre-commit")));
    }

    @Test void refusesAnEntryFolderThatIsALink() throws IOException {
        TestProject project = TestProject.create(temp);
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.delete(project.entries());
        Files.createSymbolicLink(project.entries(), elsewhere);
        assertEquals(ExitCodes.USAGE, run("new", "lektiehjaelp", "-p", project.dir().toString()));
        assertEquals("content/interventions er ikke en almindelig mappe (fx et symbolsk link); new skriver ikke gennem den.\n", err.toString());
        try (var files = Files.list(elsewhere)) { assertFalse(files.findAny().isPresent()); }
    }

    @Test void refusesNamesWindowsCannotSave() {
        TestProject project = TestProject.create(temp);
        for (String slug : List.of("con", "nul", "aux", "prn", "com1", "lpt1", "lpt9")) {
            err.getBuffer().setLength(0);
            assertEquals(ExitCodes.USAGE, run("new", slug, "-p", project.dir().toString()), slug);
            assertEquals("slug \"" + slug + "\" er et reserveret navn i Windows (con, prn, aux, nul, com1–com9, lpt1–lpt9) "
                + "og kan ikke gemmes som fil dér; vælg et andet, fx med et ekstra ord.\n", err.toString());
            assertFalse(Files.exists(project.entries().resolve(slug + ".yml")));
        }
    }
}
