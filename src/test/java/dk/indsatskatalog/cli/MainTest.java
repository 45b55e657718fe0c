package dk.indsatskatalog.cli;

import dk.indsatskatalog.TestProject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The commands' exit codes and what they print. */
class MainTest extends CommandLineTest {
    @Test void validateExitsZeroAndCountsValidEntries() {
        TestProject project = TestProject.create(temp).withFixture("gyldig");
        assertEquals(ExitCodes.OK, run("validate", "-p", project.dir().toString()));
        assertEquals("1 indsats er gyldig.\n", out.toString());
    }

    @Test void validateExitsOneAndPrintsEveryProblemWithItsLineAndAHint() {
        TestProject project = TestProject.create(temp).withFixture("unknown-code").withFixture("over-claim");
        assertEquals(ExitCodes.CONTENT_PROBLEMS, run("validate", "-p", project.dir().toString()));
        assertEquals("""
            content/interventions/over-claim.yml:14:3: evidence.level: angiver 4, men de citerede kilder bærer 2 (Dokumenteret praksis); tilføj de kilder, der bærer niveauet, eller sænk det
              14 |   level: 4
                 |          ^
              Tip: Niveauet udledes af kilderne efter evidensskalaen; du kan også udelade evidence.level.
            content/interventions/unknown-code.yml:7:16: targetGroups[0]: ukendt målgruppe "bornn"; mente du "boern"?
              7 | targetGroups: [bornn]
                |                ^^^^^
              Tip: De gyldige koder står i filerne i content/taxonomies/; en editor med YAML-udvidelsen foreslår dem.
            2 problemer fundet.
            """, err.toString());
        assertEquals("", out.toString());
    }

    @Test void validateWithGithubFormatPrintsOneAnnotationPerProblem() {
        TestProject project = TestProject.create(temp).withFixture("unknown-code").withFixture("malformed-date");
        assertEquals(ExitCodes.CONTENT_PROBLEMS, run("validate", "-p", project.dir().toString(), "--format", "github"));
        assertEquals("""
            ::error file=content/interventions/malformed-date.yml,line=12,col=1,title=lastReviewed::datoen "2026-13-45" findes ikke%0ATip: Tjek måned (01–12) og dag.
            ::error file=content/interventions/unknown-code.yml,line=7,col=16,title=targetGroups[0]::ukendt målgruppe "bornn"; mente du "boern"?%0ATip: De gyldige koder står i filerne i content/taxonomies/; en editor med YAML-udvidelsen foreslår dem.
            2 problemer fundet.
            """, out.toString());
    }

    @Test void theMarkerUnderlinesTheOffendingValueOrPointsAtTheColumn() {
        assertEquals("  ^", ProblemReport.marker("  costBand: billig", 3, null));
        assertEquals("            ^^^^^^", ProblemReport.marker("  costBand: billig", 3, "billig"));
        assertEquals("  ^", ProblemReport.marker("  costBand: billig", 3, "dyr"));
    }

    @Test void githubAnnotationsEscapeNewlinesPercentAndPropertySeparators() {
        assertEquals("a%25b%0Ac", ProblemReport.data("a%b\nc"));
        assertEquals("x%3Ay%2Cz", ProblemReport.property("x:y,z"));
    }

    @Test void validateWithJsonFormatPrintsEveryProblemWithCodeValueAndHint() {
        TestProject project = TestProject.create(temp).withFixture("unknown-code");
        assertEquals(ExitCodes.CONTENT_PROBLEMS, run("validate", "-p", project.dir().toString(), "--format", "json"));
        assertEquals("""
            {
              "ok" : false,
              "count" : 1,
              "problems" : [ {
                "file" : "content/interventions/unknown-code.yml",
                "line" : 7,
                "column" : 16,
                "field" : "targetGroups[0]",
                "code" : "unknown-code",
                "message" : "ukendt målgruppe \\"bornn\\"; mente du \\"boern\\"?",
                "value" : "bornn",
                "hint" : "De gyldige koder står i filerne i content/taxonomies/; en editor med YAML-udvidelsen foreslår dem."
              } ]
            }
            """, out.toString());
    }

    @Test void validateWithJsonFormatSaysOkForAValidCatalogue() {
        TestProject project = TestProject.create(temp).withFixture("gyldig");
        assertEquals(ExitCodes.OK, run("validate", "-p", project.dir().toString(), "--format", "json"));
        assertEquals("{\n  \"ok\" : true,\n  \"entries\" : 1,\n  \"count\" : 0,\n  \"problems\" : [ ]\n}\n", out.toString());
    }

    @Test void anUnknownFormatIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run("validate", "--format", "xml"));
    }

    @Test void buildIntoTheProjectFolderIsAUsageErrorAndDeletesNothing() throws IOException {
        TestProject project = TestProject.create(temp).withFixture("gyldig");
        Files.writeString(project.dir().resolve("uncommitted.txt"), "work in progress");
        assertEquals(ExitCodes.USAGE, run("build", "-p", project.dir().toString(), "-o", "."));
        assertEquals("Bygger ikke i " + project.dir() + ": det er selve projektmappen. Intet er slettet; vælg en ny eller tom mappe med -o.\n",
            err.toString());
        assertEquals("work in progress", Files.readString(project.dir().resolve("uncommitted.txt")));
        assertTrue(Files.isRegularFile(project.entries().resolve("gyldig.yml")));
    }

    @Test void buildIntoTheContentFolderIsAUsageErrorAndDeletesNothing() {
        TestProject project = TestProject.create(temp).withFixture("gyldig");
        assertEquals(ExitCodes.USAGE, run("build", "-p", project.dir().toString(), "-o", "content"));
        assertTrue(Files.isRegularFile(project.entries().resolve("gyldig.yml")));
        assertTrue(Files.isDirectory(project.dir().resolve("content/taxonomies")));
    }

    @Test void buildExitsOneOnContentProblemsAndWritesNothing() {
        TestProject project = TestProject.create(temp).withFixture("malformed-date");
        assertEquals(ExitCodes.CONTENT_PROBLEMS, run("build", "-p", project.dir().toString(), "-o", "out"));
        assertFalse(Files.exists(project.dir().resolve("out")));
        assertTrue(err.toString().endsWith("1 problem fundet.\nIntet blev skrevet; out er uændret.\n"), err.toString());
    }

    /** A synonyms file with a one-word group and a number, for the search.yml cases below. */
    private static final String BROKEN_SYNONYMS = "synonyms:\n  - [far, fædre]\n  - [alene]\n  - [mor, 3]\n";

    @Test void validateReportsSearchSynonymProblemsAlongsideEntryProblems() throws IOException {
        TestProject project = TestProject.create(temp).withFixture("unknown-code");
        Files.writeString(project.dir().resolve("content/search.yml"), BROKEN_SYNONYMS);
        assertEquals(ExitCodes.CONTENT_PROBLEMS, run("validate", "-p", project.dir().toString()));
        assertEquals("""
            content/interventions/unknown-code.yml:7:16: targetGroups[0]: ukendt målgruppe "bornn"; mente du "boern"?
              7 | targetGroups: [bornn]
                |                ^^^^^
              Tip: De gyldige koder står i filerne i content/taxonomies/; en editor med YAML-udvidelsen foreslår dem.
            content/search.yml:3:5: synonyms[1]: forventede en liste, fandt kun ét ord (en gruppe skal have mindst to)
              3 |   - [alene]
                |     ^
              Tip: Skriv en liste som [a, b] eller med "- " foran hvert punkt på hver sin linje.
            content/search.yml:4:11: synonyms[2][1]: forventede tekst, fandt tallet 3
              4 |   - [mor, 3]
                |           ^
              Tip: Skriv en tekst; sæt den i anførselstegn, hvis den indeholder et kolon.
            3 problemer fundet.
            """, err.toString());
        assertEquals("", out.toString());
    }

    @Test void validateReportsSearchSynonymProblemsAsGithubAnnotations() throws IOException {
        TestProject project = TestProject.create(temp).withFixture("gyldig");
        Files.writeString(project.dir().resolve("content/search.yml"), BROKEN_SYNONYMS);
        assertEquals(ExitCodes.CONTENT_PROBLEMS, run("validate", "-p", project.dir().toString(), "--format", "github"));
        assertEquals("""
            ::error file=content/search.yml,line=3,col=5,title=synonyms[1]::forventede en liste, fandt kun ét ord (en gruppe skal have mindst to)%0ATip: Skriv en liste som [a, b] eller med "- " foran hvert punkt på hver sin linje.
            ::error file=content/search.yml,line=4,col=11,title=synonyms[2][1]::forventede tekst, fandt tallet 3%0ATip: Skriv en tekst; sæt den i anførselstegn, hvis den indeholder et kolon.
            2 problemer fundet.
            """, out.toString());
    }

    @Test void validateReportsSearchSynonymProblemsAsJson() throws IOException {
        TestProject project = TestProject.create(temp).withFixture("gyldig");
        Files.writeString(project.dir().resolve("content/search.yml"), "synonyms:\n  - [mor, 3]\n");
        assertEquals(ExitCodes.CONTENT_PROBLEMS, run("validate", "-p", project.dir().toString(), "--format", "json"));
        assertEquals("""
            {
              "ok" : false,
              "count" : 1,
              "problems" : [ {
                "file" : "content/search.yml",
                "line" : 2,
                "column" : 11,
                "field" : "synonyms[0][1]",
                "code" : "expected-text",
                "message" : "forventede tekst, fandt tallet 3",
                "value" : "tallet 3",
                "hint" : "Skriv en tekst; sæt den i anførselstegn, hvis den indeholder et kolon."
              } ]
            }
            """, out.toString());
    }

    @Test void schemaCheckPassesForTheCommittedSchemasAndFailsForAStaleOne() throws IOException {
        TestProject project = TestProject.create(temp);
        assertEquals(ExitCodes.OK, run("schema", "-p", project.dir().toString()));
        assertEquals("Skrev schema/intervention.schema.json\nSkrev schema/source.schema.json\nSkrev schema/taxonomy.schema.json\n",
            out.toString());
        for (String schema : List.of("schema/intervention.schema.json", "schema/source.schema.json")) {
            assertEquals(Files.readString(TestProject.REPOSITORY.resolve(schema)), Files.readString(project.dir().resolve(schema)), schema);
        }
        assertEquals(ExitCodes.OK, run("schema", "--check", "-p", project.dir().toString()));
        Files.writeString(project.dir().resolve("content/taxonomies/themes.yml"),
            Files.readString(project.dir().resolve("content/taxonomies/themes.yml"))
                + "- code: nyt-tema\n  name: {da: Nyt tema, en: New theme}\n  description: Et tema mere.\n");
        assertEquals(ExitCodes.CONTENT_PROBLEMS, run("schema", "--check", "-p", project.dir().toString()));
        assertEquals("schema/intervention.schema.json passer ikke med koden og ordlisterne; kør: java -jar target/indsatskatalog.jar schema\n",
            err.toString());
        assertEquals(ExitCodes.OK, run("schema", "-p", project.dir().toString()));
        err.getBuffer().setLength(0);
        // A new study design is a code only source files use.
        Files.writeString(project.dir().resolve("content/taxonomies/study-designs.yml"),
            Files.readString(project.dir().resolve("content/taxonomies/study-designs.yml"))
                + "- code: registerstudie\n  name: {da: Registerstudie, en: Register study}\n  rubricClass: change\n");
        assertEquals(ExitCodes.CONTENT_PROBLEMS, run("schema", "--check", "-p", project.dir().toString()));
        assertEquals("schema/source.schema.json passer ikke med koden og ordlisterne; kør: java -jar target/indsatskatalog.jar schema\n",
            err.toString());
    }

    @Test void aMissingCommandIsAUsageErrorThatNamesEveryCommand() {
        assertEquals(ExitCodes.USAGE, run());
        assertEquals("""
            Mangler en kommando: build, validate, serve, new, changes, schema eller explain.
            Skriv "indsatskatalog --help" for at se valgmulighederne.
            """, err.toString());
    }

    @Test void usageErrorsAreDanish() {
        assertEquals(ExitCodes.USAGE, run("build", "--no-such-option"));
        assertEquals("Ukendt valgmulighed eller kommando: --no-such-option\nSkriv \"indsatskatalog build --help\" for at se valgmulighederne.\n",
            err.toString());
        err.getBuffer().setLength(0);
        assertEquals(ExitCodes.USAGE, run("changes"));
        assertEquals("Mangler: --since=REF\nSkriv \"indsatskatalog changes --help\" for at se valgmulighederne.\n", err.toString());
        err.getBuffer().setLength(0);
        assertEquals(ExitCodes.USAGE, run("validate", "--format", "xml"));
        assertEquals("Ugyldig værdi for --format: \"xml\"\nSkriv \"indsatskatalog validate --help\" for at se valgmulighederne.\n",
            err.toString());
    }

    @Test void theHelpOfEveryCommandIsAsReviewed() {
        StringBuilder all = new StringBuilder();
        for (String command : List.of("", "build", "validate", "serve", "new", "changes", "schema", "explain")) {
            out.getBuffer().setLength(0);
            assertEquals(ExitCodes.OK, command.isEmpty() ? run("--help") : run(command, "--help"), command + ": " + err);
            all.append("$ indsatskatalog ").append(command.isEmpty() ? "" : command + " ").append("--help\n").append(out).append('\n');
        }
        dk.indsatskatalog.Golden.assertMatches("help.txt", all.toString());
    }

    @Test void aTypeErrorDoesNotHideTheFilesOtherProblems() {
        TestProject project = TestProject.create(temp).withEntry("typer.yml", TestProject.fixtureText("gyldig")
            .replace("slug: gyldig", "slug: typer").replace("targetGroups: [boern]", "targetGroups: boern")
            .replace("lastReviewed: 2026-11-22", "lastReviewed: 2026-02-30"));
        assertEquals(ExitCodes.CONTENT_PROBLEMS, run("validate", "-p", project.dir().toString(), "--format", "github"));
        assertEquals("""
            ::error file=content/interventions/typer.yml,line=7,col=1,title=targetGroups::forventede en liste, fandt "boern"%0ATip: Skriv en liste som [a, b] eller med "- " foran hvert punkt på hver sin linje.
            ::error file=content/interventions/typer.yml,line=12,col=1,title=lastReviewed::datoen "2026-02-30" findes ikke%0ATip: Tjek måned (01–12) og dag.
            2 problemer fundet.
            """, out.toString());
    }

    @Test void aRequiredFieldOfTheWrongTypeIsReportedOnceNotAgainAsItsNeutralValue() {
        TestProject project = TestProject.create(temp).withEntry("typer.yml", TestProject.fixtureText("gyldig")
            .replace("slug: gyldig", "slug: [typer]").replace("costBand: ukendt", "costBand: {a: b}"));
        assertEquals(ExitCodes.CONTENT_PROBLEMS, run("validate", "-p", project.dir().toString(), "--format", "github"));
        assertEquals("""
            ::error file=content/interventions/typer.yml,line=1,col=1,title=slug::forventede tekst, fandt en liste%0ATip: Skriv en tekst; sæt den i anførselstegn, hvis den indeholder et kolon.
            ::error file=content/interventions/typer.yml,line=11,col=3,title=resources.costBand::forventede tekst, fandt felter%0ATip: Skriv en tekst; sæt den i anførselstegn, hvis den indeholder et kolon.
            2 problemer fundet.
            """, out.toString());
    }

    @Test void aLinkedEntryIsReportedInEveryFormatWithoutPrintingItsTarget() throws IOException {
        TestProject project = TestProject.create(temp).withFixture("gyldig");
        Path secret = Files.writeString(temp.resolve("secret.yml"), "hemmelig: vaerdi-fra-udenfor\n");
        Files.createSymbolicLink(project.entries().resolve("passwd.yml"), secret);
        for (String format : List.of("github", "json", "human")) {
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            assertEquals(ExitCodes.CONTENT_PROBLEMS, run("validate", "-p", project.dir().toString(), "--format", format));
            assertFalse((out + "" + err).contains("vaerdi-fra-udenfor"), format + ": " + out + err);
            assertTrue((out + "" + err).contains("symbolsk link"), format + ": " + out + err);
        }
        assertEquals("""
            content/interventions/passwd.yml:1:1: et symbolsk link er ikke tilladt her; det bliver ikke fulgt
              Tip: Læg en almindelig fil eller mappe i stedet for linket. Byggeriet følger aldrig links, så intet uden for projektet kan komme med på sitet.
            1 problem fundet.
            """, err.toString());
    }

    @Test void aProjectFolderThatIsNotThereIsAUsageErrorForEveryCommand() {
        String missing = temp.resolve("findes-ikke").toString();
        for (String[] command : List.of(new String[]{"build"}, new String[]{"validate"}, new String[]{"serve"},
                new String[]{"new", "lektiecafe"}, new String[]{"changes", "--since", "HEAD"}, new String[]{"schema"})) {
            err.getBuffer().setLength(0);
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command), java.util.stream.Stream.of("-p", missing))
                .toArray(String[]::new);
            assertEquals(ExitCodes.USAGE, run(args), command[0]);
            assertTrue(err.toString().startsWith("Projektmappen " + missing + " findes ikke eller er ikke en mappe; angiv den med -p.\n"),
                command[0] + ": " + err);
        }
        assertFalse(Files.exists(Path.of(missing)));
    }

    @Test void everySubcommandTakesHelp() {
        for (String command : List.of("build", "validate", "serve", "new", "changes", "schema")) {
            out.getBuffer().setLength(0);
            assertEquals(ExitCodes.OK, run(command, "--help"), command + ": " + err);
            assertTrue(out.toString().startsWith("Brug: indsatskatalog " + command), command + ": " + out);
        }
    }

    @Test void helpListsTheCommandsAndExitCodes() {
        assertEquals(ExitCodes.OK, run("--help"));
        String help = out.toString();
        for (String expected : new String[]{"build", "validate", "serve", "new", "changes", "schema", "explain", "Afslutningskoder:",
                "1   problemer i indholdet"}) {
            assertTrue(help.contains(expected), "help lacks " + expected + ":\n" + help);
        }
    }
}
