package dk.indsatskatalog.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The build replaces only a folder that is its own: never the project, its inputs or a stranger's folder. */
class OutputFolderTest {
    @TempDir Path temp;

    private Path project() throws IOException {
        Path project = temp.resolve("project");
        for (String dir : new String[]{"content/interventions", "templates", "assets", ".git"}) Files.createDirectories(project.resolve(dir));
        return project;
    }

    private static String refusal(Path project, Path output) {
        return assertThrows(OutputFolder.UnsafeOutputException.class, () -> OutputFolder.verify(project, output)).getMessage();
    }

    @Test void refusesTheProjectFolderItselfEvenWithACommittedMarker() throws IOException {
        Path project = project();
        Files.writeString(project.resolve(OutputFolder.MARKER), "planted by a pull request\n");
        assertEquals("Bygger ikke i " + project.resolve(".") + ": det er selve projektmappen. Intet er slettet; vælg en ny eller tom mappe med -o.",
            refusal(project, project.resolve(".")));
    }

    @Test void refusesAnAncestorOfTheProject() throws IOException {
        Path project = project();
        assertEquals("Bygger ikke i " + temp + ": den indeholder projektmappen. Intet er slettet; vælg en ny eller tom mappe med -o.",
            refusal(project, temp));
    }

    @Test void refusesAnInputFolderAndAnythingInsideIt() throws IOException {
        Path project = project();
        assertEquals("Bygger ikke i " + project.resolve("content") + ": den ligger i projektets content/. Intet er slettet; vælg en ny eller tom mappe med -o.",
            refusal(project, project.resolve("content")));
        assertEquals("Bygger ikke i " + project.resolve("templates/site") + ": den ligger i projektets templates/. Intet er slettet; vælg en ny eller tom mappe med -o.",
            refusal(project, project.resolve("templates/site")));
        assertEquals("Bygger ikke i " + project.resolve(".git/x") + ": den ligger i projektets .git/. Intet er slettet; vælg en ny eller tom mappe med -o.",
            refusal(project, project.resolve(".git/x")));
    }

    @Test void refusesAFolderThatLooksLikeAnotherProject() throws IOException {
        Path project = project();
        Path other = temp.resolve("other");
        Files.createDirectories(other.resolve(".git"));
        Files.writeString(other.resolve(OutputFolder.MARKER), "x");
        assertEquals("Bygger ikke i " + other + ": den indeholder .git/ og ligner et projekt. Intet er slettet; vælg en ny eller tom mappe med -o.",
            refusal(project, other));
    }

    @Test void refusesAFolderWithFilesButNoMarker() throws IOException {
        Path project = project();
        Path notes = Files.createDirectories(temp.resolve("notes"));
        Files.writeString(notes.resolve("todo.txt"), "keep me");
        assertEquals("Bygger ikke i " + notes + ": den er ikke tom og er ikke bygget af indsatskatalog (den mangler filen .indsatskatalog-site). Intet er slettet; vælg en ny eller tom mappe med -o.",
            refusal(project, notes));
        assertEquals("keep me", Files.readString(notes.resolve("todo.txt")));
    }

    @Test void refusesAFileAndASymbolicLink() throws IOException {
        Path project = project();
        Path file = Files.writeString(temp.resolve("site"), "a file");
        assertEquals("Bygger ikke i " + file + ": det er en fil, ikke en mappe. Intet er slettet; vælg en ny eller tom mappe med -o.",
            refusal(project, file));
        Path link = Files.createSymbolicLink(temp.resolve("link"), Files.createDirectories(temp.resolve("elsewhere")));
        assertEquals("Bygger ikke i " + link + ": det er et symbolsk link. Intet er slettet; vælg en ny eller tom mappe med -o.",
            refusal(project, link));
    }

    @Test void refusesAPathThatReachesTheProjectThroughALink() throws IOException {
        Path project = project();
        Path link = Files.createSymbolicLink(temp.resolve("alias"), project);
        assertEquals("Bygger ikke i " + link.resolve("content") + ": den ligger i projektets content/. Intet er slettet; vælg en ny eller tom mappe med -o.",
            refusal(project, link.resolve("content")));
    }

    @Test void acceptsANewFolderAnEmptyFolderAndAFolderABuildMade() throws IOException {
        Path project = project();
        assertDoesNotThrow(() -> OutputFolder.verify(project, project.resolve("target/site")));
        Path empty = Files.createDirectories(temp.resolve("empty"));
        assertDoesNotThrow(() -> OutputFolder.verify(project, empty));
        Path built = Files.createDirectories(temp.resolve("built"));
        Files.writeString(built.resolve("index.html"), "<!doctype html>");
        OutputFolder.mark(built);
        assertDoesNotThrow(() -> OutputFolder.verify(project, built));
    }

    @Test void acceptsASiteBuiltBeforeTheMarkerExisted() throws IOException {
        Path project = project();
        Path old = Files.createDirectories(temp.resolve("old"));
        Files.createDirectories(old.resolve("search"));
        Files.createDirectories(old.resolve("data"));
        for (String f : new String[]{"index.html", "search/meta.json", "data/SHA256SUMS"}) Files.writeString(old.resolve(f), "x");
        assertDoesNotThrow(() -> OutputFolder.verify(project, old));
        Files.delete(old.resolve("data/SHA256SUMS"));
        assertThrows(OutputFolder.UnsafeOutputException.class, () -> OutputFolder.verify(project, old));
    }
}
