package dk.indsatskatalog.problem;

import dk.indsatskatalog.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Links and special files anywhere the build reads are problems at their own path; none is followed. */
class InputFilesTest {
    @TempDir Path temp;

    @Test void reportsEveryLinkAndSpecialFileAmongTheInputsAndNothingElse() throws Exception {
        TestProject project = TestProject.create(temp).withFixture("gyldig");
        Path dir = project.dir();
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("leak.md"), "title=x\ntype=page\nstatus=published\n~~~~~~\nhemmelig\n");
        Files.createSymbolicLink(dir.resolve("content/pages/leak.md"), outside.resolve("leak.md"));
        Files.createSymbolicLink(dir.resolve("assets/x.css"), Path.of("../.git/config"));
        Files.createSymbolicLink(dir.resolve("assets/whole"), outside);
        Files.createSymbolicLink(dir.resolve("templates/layouts/other.ftlh"), outside.resolve("leak.md"));
        Path properties = dir.resolve("jbake.properties");
        Files.move(properties, outside.resolve("jbake.properties"));
        Files.createSymbolicLink(properties, outside.resolve("jbake.properties"));
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("content/pipe.yml").toString()).start();
        assertEquals(0, mkfifo.waitFor());
        String link = ":1:1: et symbolsk link er ikke tilladt her; det bliver ikke fulgt";
        assertEquals(List.of(
            "assets/whole" + link,
            "assets/x.css" + link,
            "content/pages/leak.md" + link,
            "content/pipe.yml:1:1: det er hverken en almindelig fil eller en mappe (fx en pipe eller en enhed); den bliver ikke læst",
            "jbake.properties" + link,
            "templates/layouts/other.ftlh" + link),
            InputFiles.problems(dir).stream().map(Problem::toString).toList());
    }

    @Test void aLinkedInputFolderIsReportedAndNotEntered() throws IOException {
        TestProject project = TestProject.create(temp);
        Path templates = project.dir().resolve("templates");
        Path moved = Files.move(templates, temp.resolve("templates-elsewhere"));
        Files.createSymbolicLink(templates, moved);
        assertEquals(List.of("templates:1:1: et symbolsk link er ikke tilladt her; det bliver ikke fulgt"),
            InputFiles.problems(project.dir()).stream().map(Problem::toString).toList());
    }

    @Test void theRealProjectHasNoLinks() {
        assertEquals(List.of(), InputFiles.problems(TestProject.REPOSITORY));
    }

    @Test void readingRefusesALinkAndAPipe() throws Exception {
        Path target = Files.writeString(temp.resolve("target.txt"), "secret");
        Path link = Files.createSymbolicLink(temp.resolve("link.txt"), target);
        assertThrows(IOException.class, () -> InputFiles.read(link));
        Path pipe = temp.resolve("pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
        assertThrows(IOException.class, () -> InputFiles.read(pipe)); // would block forever if it were opened
        assertEquals("secret", new String(InputFiles.read(target)));
    }

    @Test void windowsReservedNamesAreRecognisedInAnyCaseWithOrWithoutExtension() {
        for (String name : List.of("con", "NUL", "aux.yml", "prn", "com1", "lpt9.md", "Lpt1")) {
            assertTrue(InputFiles.isReservedOnWindows(name), name);
        }
        for (String name : List.of("console", "com0", "lpt10", "auxiliary.yml", "nulstil")) {
            assertFalse(InputFiles.isReservedOnWindows(name), name);
        }
    }
}
