package dk.indsatskatalog.cli;

import dk.indsatskatalog.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The commands' exit codes and what they print. */
class MainTest {
    @TempDir Path temp;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = Main.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    @Test void validateExitsZeroAndCountsValidEntries() {
        TestProject project = TestProject.create(temp).withFixture("gyldig");
        assertEquals(ExitCodes.OK, run("validate", "-p", project.dir().toString()));
        assertEquals("1 entries are valid.\n", out.toString());
    }

    @Test void validateExitsOneAndPrintsEveryProblem() {
        TestProject project = TestProject.create(temp).withFixture("unknown-code").withFixture("over-claim");
        assertEquals(ExitCodes.CONTENT_PROBLEMS, run("validate", "-p", project.dir().toString()));
        assertEquals("""
            content/interventions/over-claim.yml:14:3: evidence.level: claims 4, the cited studies support 2 (Dokumenteret praksis); add the studies that carry the claim or lower it
            content/interventions/unknown-code.yml:7:16: targetGroups[0]: unknown target group "bornn"; did you mean "boern"?
            2 problems found.
            """, err.toString());
    }

    @Test void buildExitsZeroAndWritesTheSite() {
        TestProject project = TestProject.create(temp).withFixture("gyldig");
        assertEquals(ExitCodes.OK, run("build", "-p", project.dir().toString(), "-o", "out"), err.toString());
        assertTrue(Files.isRegularFile(project.dir().resolve("out/indsatser/gyldig/index.html")), err.toString());
    }

    @Test void buildExitsOneOnContentProblemsAndWritesNothing() {
        TestProject project = TestProject.create(temp).withFixture("malformed-date");
        assertEquals(ExitCodes.CONTENT_PROBLEMS, run("build", "-p", project.dir().toString(), "-o", "out"));
        assertFalse(Files.exists(project.dir().resolve("out")));
        assertTrue(err.toString().endsWith("1 problem found.\nNothing was written; out is unchanged.\n"), err.toString());
    }

    @Test void anUnknownOptionIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run("build", "--no-such-option"));
        assertTrue(err.toString().startsWith("Unknown option: '--no-such-option'"), err.toString());
    }

    @Test void aMissingCommandIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run());
    }

    @Test void aBrokenTemplateIsAnInternalErrorNotAContentProblem() throws IOException {
        TestProject project = TestProject.create(temp).withFixture("gyldig");
        Files.writeString(project.dir().resolve("templates/pages/home.ftlh"), "<#ftl output_format=\"HTML\">${noSuchVariable}");
        assertEquals(ExitCodes.INTERNAL, run("build", "-p", project.dir().toString(), "-o", "out"));
        assertTrue(err.toString().startsWith("internal error: "), err.toString());
        assertFalse(Files.exists(project.dir().resolve("out")));
    }

    @Test void helpListsTheCommandsAndExitCodes() {
        assertEquals(ExitCodes.OK, run("--help"));
        String help = out.toString();
        for (String expected : new String[]{"build", "validate", "serve", "Exit codes:", "1   content problems"}) {
            assertTrue(help.contains(expected), "help lacks " + expected + ":\n" + help);
        }
    }
}
