package dk.indsatskatalog.build;

import dk.indsatskatalog.FolderSnapshot;
import dk.indsatskatalog.GitRepo;
import dk.indsatskatalog.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineIT {
    @TempDir Path temp;

    @Test void aFailedBuildLeavesThePreviousOutputUntouched() throws IOException {
        TestProject project = TestProject.create(temp).withFixture("gyldig");
        Path site = temp.resolve("site");
        try (Pipeline pipeline = new Pipeline(project.dir())) {
            assertTrue(pipeline.build(site).ok());
            Map<String, String> before = FolderSnapshot.of(site);
            project.withFixture("unknown-source");
            BuildResult failed = pipeline.build(site);
            assertFalse(failed.ok());
            assertEquals(before, FolderSnapshot.of(site));
            try (Stream<Path> siblings = Files.list(temp)) {
                assertEquals(List.of("project", "site"), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder may be left behind");
            }
        }
    }

    @Test void theSameInputGivesByteIdenticalOutput() throws IOException {
        TestProject project = TestProject.create(temp).withFixture("gyldig");
        project.withRealEntry("sociale-vicevaerter");
        Map<String, String> first;
        try (Pipeline pipeline = new Pipeline(project.dir())) {
            assertTrue(pipeline.build(temp.resolve("a")).ok());
        }
        try (Pipeline pipeline = new Pipeline(project.dir())) {
            assertTrue(pipeline.build(temp.resolve("b")).ok());
        }
        first = FolderSnapshot.of(temp.resolve("a"));
        assertTrue(first.size() > 20);
        assertEquals(first, FolderSnapshot.of(temp.resolve("b")));
    }

    @Test void aSecondBuildInTheSameProcessReplacesTheSite() throws IOException {
        TestProject project = TestProject.create(temp).withFixture("gyldig");
        Path site = temp.resolve("site");
        try (Pipeline pipeline = new Pipeline(project.dir())) {
            assertTrue(pipeline.build(site).ok());
            project.withEntry("gyldig.yml", TestProject.fixtureText("gyldig").replace("Gyldig indsats", "Omdøbt indsats"));
            assertTrue(pipeline.build(site).ok());
        }
        assertTrue(Files.readString(site.resolve("indsatser/gyldig/index.html")).contains("Omdøbt indsats"));
    }

    /** serve keeps the last history between builds; a commit in between must still show. */
    @Test void aCommitBetweenTwoBuildsOfOnePipelineIsInTheSecondBuildsHistory() throws IOException {
        TestProject project = TestProject.create(temp).withFixture("gyldig");
        GitRepo repo = GitRepo.init(project.dir()).commitAll("2026-01-05", "Første udgave");
        Path site = temp.resolve("site");
        Path history = site.resolve("indsatser/gyldig/historik/index.html");
        try (Pipeline pipeline = new Pipeline(project.dir())) {
            assertTrue(pipeline.build(site).ok());
            assertTrue(pipeline.build(site).ok());
            assertFalse(Files.readString(history).contains("2026-02-10"));
            project.withEntry("gyldig.yml", TestProject.fixtureText("gyldig").replace("Gyldig indsats", "Omdøbt indsats"));
            repo.commitAll("2026-02-10", "Nyt navn");
            assertTrue(pipeline.build(site).ok());
        }
        assertTrue(Files.readString(history).contains("<time class=\"ik-history__date\" datetime=\"2026-02-10\">10. februar 2026</time>"),
            Files.readString(history));
    }


}
