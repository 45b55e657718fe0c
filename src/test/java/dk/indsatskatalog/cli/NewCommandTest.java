package dk.indsatskatalog.cli;

import dk.indsatskatalog.TestProject;
import dk.indsatskatalog.load.CatalogueLoader;
import dk.indsatskatalog.problem.Problem;
import dk.indsatskatalog.schema.ContentSchemas;
import dk.indsatskatalog.validate.Validator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code new <slug>} and {@code new --source <id>}: the scaffolds' shape, their guidance through validate, and what they refuse. */
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
        assertTrue(text.startsWith(ContentSchemas.ENTRY_MODELINE + "\n"), text);
        assertTrue(text.contains("\nslug: lektiehjaelp\n"), text);
        assertTrue(text.contains("\nlastReviewed: 2026-12-01\n"), text);
    }

    @Test void validatePointsAtEveryFieldTheScaffoldLeavesToFillIn() {
        TestProject project = TestProject.create(temp);
        run("new", "lektiehjaelp", "-p", project.dir().toString(), "--date", "2026-12-01");
        String at = "content/interventions/lektiehjaelp.yml:";
        assertEquals(List.of(
            at + "11:3: name.da: det påkrævede felt \"da\" er tomt",
            at + "12:3: name.en: det påkrævede felt \"en\" er tomt",
            at + "15:3: summary.da: det påkrævede felt \"da\" er tomt",
            at + "16:3: summary.en: det påkrævede felt \"en\" er tomt",
            at + "18:1: description: det påkrævede felt \"description\" er tomt",
            at + "21:1: descriptionSources: det påkrævede felt \"descriptionSources\" er tomt",
            at + "23:1: targetGroups: det påkrævede felt \"targetGroups\" er tomt",
            at + "25:1: themes: det påkrævede felt \"themes\" er tomt",
            at + "32:3: resources.deliveredBy: det påkrævede felt \"deliveredBy\" er tomt",
            at + "53:1: places: indsatsen nævner hverken et sted (places) eller det, vi ikke ved (knowledgeGaps)",
            at + "60:1: searchWords: det påkrævede felt \"searchWords\" er tomt",
            at + "70:7: evidence.outcomes[0].domain: det påkrævede felt \"domain\" er tomt",
            at + "71:7: evidence.outcomes[0].kind: det påkrævede felt \"kind\" er tomt",
            at + "75:7: evidence.outcomes[0].finding: det påkrævede felt \"finding\" er tomt",
            at + "76:7: evidence.outcomes[0].sources: det påkrævede felt \"sources\" er tomt"), problems(project));
    }

    @Test void writesTheSourceTemplateWithTheSchemaLine() throws IOException {
        TestProject project = TestProject.create(temp);
        assertEquals(ExitCodes.OK, run("new", "--source", "vive-2019", "-p", project.dir().toString()), err.toString());
        assertEquals("Oprettede content/kilder/vive-2019.yml. Udfyld felterne, henvis til kilden fra en indsats med id'et \"vive-2019\", "
            + "og kør validate.\n", out.toString());
        String text = Files.readString(project.sources().resolve("vive-2019.yml"));
        assertTrue(text.startsWith(ContentSchemas.SOURCE_MODELINE + "\n"), text);
        assertEquals(Files.readString(TestProject.REPOSITORY.resolve("docs/ny-kilde.yml")), text);
    }

    @Test void validatePointsAtTheSourceScaffoldsFieldsStepByStep() throws IOException {
        TestProject project = TestProject.create(temp);
        run("new", "--source", "vive-2019", "-p", project.dir().toString());
        String at = "content/kilder/vive-2019.yml:";
        String unused = at + "9:1: kilden \"vive-2019\" bruges ikke af nogen indsats";
        assertEquals(List.of(unused,
            at + "9:1: kind: det påkrævede felt \"kind\" er tomt",
            at + "14:1: authors: det påkrævede felt \"authors\" er tomt"), problems(project));
        Path file = project.sources().resolve("vive-2019.yml");
        Files.writeString(file, Files.readString(file).replace("kind: \"\"", "kind: report").replace("authors: \"\"", "authors: VIVE"));
        assertEquals(List.of(
            at + "9:1: en kilde har enten title (kildens egen titel) eller description (redaktionens beskrivelse af en kilde uden titel), "
                + "ikke begge og ikke ingen",
            unused,
            at + "17:1: url: webadressen \"\" skal starte med http:// eller https:// og have et domæne",
            at + "20:1: design: ukendt undersøgelsesdesign \"\"; se koderne i ordlistefilen i content/taxonomies/"), problems(project));
    }

    @Test void theFilledInScaffoldsAreAValidEntryAndSource() throws IOException {
        TestProject project = TestProject.create(temp);
        run("new", "lektiehjaelp", "-p", project.dir().toString(), "--date", "2026-12-01");
        run("new", "--source", "vive-2019", "-p", project.dir().toString());
        Path source = project.sources().resolve("vive-2019.yml");
        Files.writeString(source, Files.readString(source)
            .replace("kind: \"\"", "kind: report")
            .replace("title: \"\"", "title: En evaluering af lektiehjælp")
            .replace("authors: \"\"", "authors: VIVE")
            .replace("year: null", "year: 2019")
            .replace("url: \"\"", "url: https://example.org/rapport")
            .replace("design: \"\"", "design: qualitative"));
        Path file = project.entries().resolve("lektiehjaelp.yml");
        String filled = Files.readString(file)
            .replaceFirst("da: \"\" ", "da: Lektiehjælp ")
            .replaceFirst("en: \"\" ", "en: Homework help ")
            .replaceFirst("da: \"\"\n", "da: Frivillige hjælper børn med lektier.\n")
            .replaceFirst("en: \"\" ", "en: Volunteers help children with homework. ")
            .replace("description: |\n  \n", "description: |\n  Frivillige hjælper børn med lektier i beboerhuset.\n")
            .replace("descriptionSources: []", "descriptionSources: [vive-2019]")
            .replace("targetGroups: []", "targetGroups: [boern]")
            .replace("themes: []", "themes: [uddannelse-og-livschancer]")
            .replace("searchWords: []", "searchWords: [lektiecafe]")
            .replace("knowledgeGaps: []", "knowledgeGaps: [\"Kilderne nævner ikke, hvor indsatsen bruges.\"]")
            .replace("deliveredBy: \"\"", "deliveredBy: Boligorganisationen")
            .replace("domain: \"\"", "domain: skole-og-laering")
            .replace("kind: \"\"", "kind: experience")
            .replace("finding: \"\"", "finding: Børnene fortæller, at de oftere laver lektier.")
            .replace("sources: []  ", "sources: [vive-2019]  ");
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

    @Test void refusesASourceThatAlreadyExistsAndLeavesTheFileAlone() throws IOException {
        TestProject project = TestProject.create(temp).withFixture("gyldig");
        String before = Files.readString(project.sources().resolve("vive-2018.yml"));
        assertEquals(ExitCodes.USAGE, run("new", "--source", "vive-2018", "-p", project.dir().toString()));
        assertEquals("content/kilder/vive-2018.yml findes allerede; kilden er der allerede; henvis til den med id'et \"vive-2018\", "
            + "eller vælg et andet id.\n", err.toString());
        assertEquals(before, Files.readString(project.sources().resolve("vive-2018.yml")));
    }

    @Test void refusesALinkInThePlaceOfTheNewFileAndWritesNothingThroughIt() throws IOException {
        TestProject project = TestProject.create(temp);
        Path elsewhere = temp.resolve("elsewhere.yml");
        try {
            Files.createSymbolicLink(project.sources().resolve("vive-2019.yml"), elsewhere);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
        }
        assertEquals(ExitCodes.USAGE, run("new", "--source", "vive-2019", "-p", project.dir().toString()));
        assertEquals("content/kilder/vive-2019.yml er et symbolsk link; new skriver ikke gennem det. Slet linket, hvis du vil oprette filen.\n",
            err.toString());
        assertFalse(Files.exists(elsewhere), "written through the link");
    }

    @Test void refusesAnIllFormedSlugAndWritesNothing() throws IOException {
        TestProject project = TestProject.create(temp);
        assertEquals(ExitCodes.USAGE, run("new", "Lektiehjælp", "-p", project.dir().toString()));
        assertEquals("slug \"Lektiehjælp\" skal være 2–60 små bogstaver (a–z), cifre og enkelte bindestreger, fx \"lektiecafe\"; "
            + "skriv æ som ae, ø som oe og å som aa.\n", err.toString());
        try (var files = Files.list(project.entries())) { assertFalse(files.findAny().isPresent()); }
    }

    @Test void refusesAnIllFormedSourceIdAndWritesNothing() throws IOException {
        TestProject project = TestProject.create(temp);
        assertEquals(ExitCodes.USAGE, run("new", "--source", "VIVE 2019", "-p", project.dir().toString()));
        assertEquals("kilde-id \"VIVE 2019\" skal være 2–60 små bogstaver (a–z), cifre og enkelte bindestreger, fx \"vive-2019-laeringscafe\"; "
            + "skriv æ som ae, ø som oe og å som aa.\n", err.toString());
        try (var files = Files.list(project.sources())) { assertFalse(files.findAny().isPresent()); }
    }

    @Test void wantsEitherASlugOrASourceId() {
        TestProject project = TestProject.create(temp);
        String usage = "skriv enten en slug til en ny indsats (new lektiecafe) eller --source og et id til en ny kilde "
            + "(new --source vive-2019-laeringscafe), ikke begge og ikke ingen.\n";
        assertEquals(ExitCodes.USAGE, run("new", "-p", project.dir().toString()));
        assertEquals(usage, err.toString());
        err.getBuffer().setLength(0);
        assertEquals(ExitCodes.USAGE, run("new", "lektiehjaelp", "--source", "vive-2019", "-p", project.dir().toString()));
        assertEquals(usage, err.toString());
        assertFalse(Files.exists(project.entries().resolve("lektiehjaelp.yml")));
        assertFalse(Files.exists(project.sources().resolve("vive-2019.yml")));
    }

    @Test void refusesToWriteThroughADanglingLinkAndCreatesNothingWhereItPoints() throws IOException {
        TestProject project = TestProject.create(temp);
        Path hooks = Files.createDirectories(temp.resolve("hooks"));
        Files.createSymbolicLink(project.entries().resolve("lektiehjaelp.yml"), hooks.resolve("pre-commit"));
        assertEquals(ExitCodes.USAGE, run("new", "lektiehjaelp", "-p", project.dir().toString()));
        assertEquals("content/interventions/lektiehjaelp.yml er et symbolsk link; new skriver ikke gennem det. "
            + "Slet linket, hvis du vil oprette filen.\n", err.toString());
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
