package dk.indsatskatalog.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** serve's watcher: every edit in the project's inputs triggers a rebuild, nothing else does. */
class ChangeWatcherTest {
    @TempDir Path temp;

    private Path project(Path dir) throws IOException {
        for (String name : ChangeWatcher.WATCHED) Files.createDirectories(dir.resolve(name));
        Files.writeString(dir.resolve("jbake.properties"), "site.title=x\n");
        return dir;
    }

    @Test void aFileInAFolderMadeAfterTheStartIsWatched() throws Exception {
        Path project = project(temp);
        Semaphore changes = new Semaphore(0);
        try (ChangeWatcher watcher = ChangeWatcher.start(project, changes::release)) {
            Files.createDirectories(project.resolve("content/pages/nyt"));
            assertTrue(changes.tryAcquire(5, TimeUnit.SECONDS), "creating the folder is a change");
            changes.drainPermits();
            Thread.sleep(200); // the folder is registered while its creation is handled
            Files.writeString(project.resolve("content/pages/nyt/side.md"), "tekst\n");
            assertTrue(changes.tryAcquire(5, TimeUnit.SECONDS), "a file in the new folder is a change");
        }
    }

    /** mkdir -p makes the folders faster than they can be watched one by one; the deepest is watched too. */
    @Test void aFileInNestedFoldersMadeInOneGoIsWatched() throws Exception {
        Path project = project(temp);
        Semaphore changes = new Semaphore(0);
        try (ChangeWatcher watcher = ChangeWatcher.start(project, changes::release)) {
            Files.createDirectories(project.resolve("content/pages/a/b/c"));
            assertTrue(changes.tryAcquire(5, TimeUnit.SECONDS), "creating the folders is a change");
            Thread.sleep(200);
            changes.drainPermits();
            Files.writeString(project.resolve("content/pages/a/b/c/side.md"), "tekst\n");
            assertTrue(changes.tryAcquire(5, TimeUnit.SECONDS), "a file in the deepest new folder is a change");
        }
    }

    @Test void aProjectInsideAFolderNamedContentRebuildsOnlyForItsInputs() throws Exception {
        Path project = project(Files.createDirectories(temp.resolve("content/projekt")));
        Files.createDirectories(project.resolve("target"));
        Semaphore changes = new Semaphore(0);
        try (ChangeWatcher watcher = ChangeWatcher.start(project, changes::release)) {
            Files.writeString(project.resolve("target/built.html"), "x");
            Files.writeString(project.resolve("notes.txt"), "x");
            assertFalse(changes.tryAcquire(1, TimeUnit.SECONDS), "output and other files are not inputs");
            Files.writeString(project.resolve("jbake.properties"), "site.title=y\n");
            assertTrue(changes.tryAcquire(5, TimeUnit.SECONDS), "the settings are an input");
            assertTrue(watcher.isRelevant(project.resolve("templates/layouts/base.ftlh")));
            assertFalse(watcher.isRelevant(project.resolve("target/site/content/x.html")));
        }
    }
}
