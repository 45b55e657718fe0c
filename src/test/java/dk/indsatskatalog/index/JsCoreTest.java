package dk.indsatskatalog.index;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the search client's own unit tests with {@code node --test}: every {@code src/test/js/*.test.mjs},
 * found by pattern, so a new test file runs without being listed anywhere.
 */
class JsCoreTest {
    private static final Path DIR = Path.of("src/test/js");

    @Test void javascriptUnitTestsPass() throws Exception {
        List<String> files = testFiles();
        assertTrue(files.size() >= 5, "test files found: " + files);
        List<String> args = new ArrayList<>(List.of("--test"));
        args.addAll(files);
        Node.Run run = Node.run(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.stdout() + run.stderr());
        assertTrue(run.stdout().contains("\n# fail 0\n") && !run.stdout().contains("\n# pass 0\n"), run.stdout());
    }

    @Test void everyFileThatUsesNodeTestIsNamedToBeFound() throws IOException {
        List<String> misnamed = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".mjs") || p.toString().endsWith(".js")).toList()) {
                if (Files.readString(f).contains("from 'node:test'") && !f.getFileName().toString().endsWith(".test.mjs")) misnamed.add(f.toString());
            }
        }
        assertEquals(List.of(), misnamed);
    }

    /** A script that is not a node test must be run by a Java test or imported by a script that is, or it never runs. */
    @Test void everyOtherScriptIsRunByAJavaTestOrImported() throws IOException {
        String javaTests;
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            javaTests = files.filter(f -> f.toString().endsWith(".java")).map(JsCoreTest::read).reduce("", String::concat);
        }
        List<String> scripts;
        try (Stream<Path> files = Files.list(DIR)) {
            scripts = files.filter(f -> f.toString().endsWith(".mjs")).sorted().map(Path::toString).toList();
        }
        String imports = scripts.stream().map(f -> read(Path.of(f))).reduce("", String::concat);
        List<String> unused = new ArrayList<>();
        for (String script : scripts) {
            String name = Path.of(script).getFileName().toString();
            if (name.endsWith(".test.mjs")) continue;
            if (!javaTests.contains("src/test/js/" + name) && !imports.contains("'./" + name + "'")) unused.add(script);
        }
        assertEquals(List.of(), unused);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test void withoutNodeATestFailsUnderCiAndIsSkippedElsewhere() {
        AssertionFailedError underCi = assertThrows(AssertionFailedError.class, () -> Node.require(false, "true"));
        assertEquals("node is not installed, and under CI the JavaScript tests must run: run scripts/test-prerequisites.sh", underCi.getMessage());
        assertThrows(TestAbortedException.class, () -> Node.require(false, null));
        assertThrows(TestAbortedException.class, () -> Node.require(false, "false"));
        Node.require(true, "true");
    }

    private static List<String> testFiles() throws IOException {
        List<String> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(DIR, "*.test.mjs")) {
            for (Path f : files) out.add(f.toString());
        }
        out.sort(null);
        return out;
    }
}
