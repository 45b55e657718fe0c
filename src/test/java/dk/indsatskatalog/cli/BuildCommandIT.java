package dk.indsatskatalog.cli;

import dk.indsatskatalog.TestProject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code build} on a whole project: what a finished build writes, and what a failed one leaves. */
class BuildCommandIT extends CommandLineTest {
    @Test void buildExitsZeroAndWritesTheSite() {
        TestProject project = TestProject.create(temp).withFixture("gyldig");
        assertEquals(ExitCodes.OK, run("build", "-p", project.dir().toString(), "-o", "out"), err.toString());
        assertTrue(Files.isRegularFile(project.dir().resolve("out/indsatser/gyldig/index.html")), err.toString());
    }

    @Test void buildExitsOneOnABrokenSynonymsFileAndLeavesThePreviousOutput() throws IOException {
        TestProject project = TestProject.create(temp).withFixture("gyldig");
        assertEquals(ExitCodes.OK, run("build", "-p", project.dir().toString(), "-o", "out"), err.toString());
        Path page = project.dir().resolve("out/indsatser/gyldig/index.html");
        String before = Files.readString(page);
        Files.writeString(project.dir().resolve("content/search.yml"), "synonyms: [mor, far\n");
        err.getBuffer().setLength(0);
        assertEquals(ExitCodes.CONTENT_PROBLEMS, run("build", "-p", project.dir().toString(), "-o", "out"));
        assertEquals("""
            content/search.yml:1:20: YAML-syntaksfejl: while parsing a flow sequence
              1 | synonyms: [mor, far
                |                    ^
              Tip: Tjek indrykningen (to mellemrum pr. niveau, ingen tabulatorer) og at lister i [ ] og tekster i " " er lukket. Fejlen står ofte på linjen lige før.
            1 problem fundet.
            Intet blev skrevet; out er uændret.
            """, err.toString());
        assertEquals(before, Files.readString(page));
    }

    @Test void aBrokenTemplateIsAnInternalErrorNotAContentProblem() throws IOException {
        TestProject project = TestProject.create(temp).withFixture("gyldig");
        Files.writeString(project.dir().resolve("templates/pages/home.ftlh"), "<#ftl output_format=\"HTML\">${noSuchVariable}");
        assertEquals(ExitCodes.INTERNAL, run("build", "-p", project.dir().toString(), "-o", "out"));
        assertTrue(err.toString().startsWith("intern fejl: "), err.toString());
        assertFalse(Files.exists(project.dir().resolve("out")));
    }
}
