package dk.indsatskatalog.cli;

import dk.indsatskatalog.FolderSnapshot;
import dk.indsatskatalog.GitRepo;
import dk.indsatskatalog.TestProject;
import dk.indsatskatalog.build.BuildResult;
import dk.indsatskatalog.build.Pipeline;
import dk.indsatskatalog.build.Staging;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hostile pull requests and careless edits a public repository must survive, each replayed through the command
 * line on a project with real entries and a built site, with its expected outcome: a located
 * problem (exit 1) or a usage error (exit 2), nothing deleted, nothing from outside the project
 * published or printed, the previous site byte-identical, never exit 3.
 */
class HostilePullRequestIT extends CommandLineTest {
    private static final String SECRET = "ghp_hemmeligtoken0123456789";
    private static Path template;
    private Path project;
    private Map<String, String> siteBefore;

    /** One project with three real entries and its built site, copied for every case (JBake starts once). */
    @BeforeAll
    static void buildTheProjectOnce() throws IOException {
        template = Files.createTempDirectory("indsatskatalog-hostile-");
        TestProject p = TestProject.create(template);
        for (String slug : List.of("lektiecafe", "natteravne", "byhaver")) p.withRealEntry(slug);
        try (Pipeline pipeline = new Pipeline(p.dir())) {
            BuildResult result = pipeline.build(p.dir().resolve("target/site"));
            if (!result.ok()) throw new IllegalStateException(result.problems().toString());
        }
    }

    @AfterAll
    static void cleanUp() { Staging.deleteTree(template); }

    @BeforeEach
    void copyTheProject() throws IOException {
        project = temp.resolve("project");
        TestProject.copyTree(template.resolve("project"), project);
        Files.createDirectories(project.resolve(".git"));
        Files.writeString(project.resolve(".git/config"), "[http]\n\textraheader = AUTHORIZATION: basic " + SECRET + "\n");
        siteBefore = FolderSnapshot.of(site());
    }

    private Path site() { return project.resolve("target/site"); }

    private Path entries() { return project.resolve("content/interventions"); }

    private String printed() { return out + "" + err; }

    /** validate and build both exit 1 with {@code firstProblem} first, and the previous site is unchanged. */
    private void locatedProblemAndSiteUnchanged(String firstProblem) throws IOException {
        for (String format : List.of("github", "json", "human")) {
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            assertEquals(ExitCodes.CONTENT_PROBLEMS, run("validate", "-p", project.toString(), "--format", format), printed());
            assertFalse(printed().contains(SECRET) || printed().contains("hemmelig-fra-udenfor"), printed());
        }
        assertTrue(err.toString().startsWith(firstProblem), "expected " + firstProblem + " first in:\n" + printed());
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        assertEquals(ExitCodes.CONTENT_PROBLEMS, run("build", "-p", project.toString()), printed());
        assertTrue(err.toString().contains(firstProblem), printed());
        assertTrue(err.toString().endsWith("Intet blev skrevet; target/site er uændret.\n"), printed());
        assertEquals(siteBefore, FolderSnapshot.of(site()));
    }

    // 1. build -o deletes whatever folder it is given.

    @Test void case1_buildIntoTheProjectAnAncestorOrAnInputFolderIsAUsageErrorThatDeletesNothing() throws IOException {
        Files.writeString(project.resolve("uncommitted.txt"), "arbejde i gang");
        for (String output : List.of(".", "content", "..", "templates/pages", ".git")) {
            err.getBuffer().setLength(0);
            assertEquals(ExitCodes.USAGE, run("build", "-p", project.toString(), "-o", output), output);
            assertTrue(err.toString().startsWith("Bygger ikke i "), err.toString());
        }
        Path stranger = Files.createDirectories(temp.resolve("fremmed"));
        Files.writeString(stranger.resolve("noter.txt"), "ikke et site");
        assertEquals(ExitCodes.USAGE, run("build", "-p", project.toString(), "-o", stranger.toString()));
        assertEquals("ikke et site", Files.readString(stranger.resolve("noter.txt")));
        assertEquals("arbejde i gang", Files.readString(project.resolve("uncommitted.txt")));
        assertTrue(Files.isRegularFile(project.resolve(".git/config")));
        assertEquals(3, Files.list(entries()).count());
        assertEquals(siteBefore, FolderSnapshot.of(site()));
    }

    // 2. Symlinks from a pull request are followed, published and printed.

    @Test void case2_anAssetLinkedToGitConfigIsALocatedProblemAndNotPublished() throws IOException {
        Files.createSymbolicLink(project.resolve("assets/x.css"), Path.of("../.git/config"));
        locatedProblemAndSiteUnchanged("assets/x.css:1:1: et symbolsk link er ikke tilladt her; det bliver ikke fulgt");
    }

    @Test void case2_aLinkedAssetFolderIsALocatedProblem() throws IOException {
        Files.createSymbolicLink(project.resolve("assets/git"), project.resolve(".git"));
        locatedProblemAndSiteUnchanged("assets/git:1:1: et symbolsk link er ikke tilladt her; det bliver ikke fulgt");
    }

    @Test void case2_aPageLinkedOutsideTheProjectIsALocatedProblemAndNotRendered() throws IOException {
        Path outside = Files.writeString(temp.resolve("leak.md"), "title=Læk\ntype=page\nstatus=published\n~~~~~~\nhemmelig-fra-udenfor\n");
        Files.createSymbolicLink(project.resolve("content/pages/leak.md"), outside);
        locatedProblemAndSiteUnchanged("content/pages/leak.md:1:1: et symbolsk link er ikke tilladt her; det bliver ikke fulgt");
    }

    @Test void case2_anEntryLinkedToASystemFileIsALocatedProblemAndNeverPrinted() throws IOException {
        Path outside = Files.writeString(temp.resolve("passwd"), "root:x:0:0:hemmelig-fra-udenfor:/root:/bin/bash\n");
        Files.createSymbolicLink(entries().resolve("passwd.yml"), outside);
        locatedProblemAndSiteUnchanged("content/interventions/passwd.yml:1:1: et symbolsk link er ikke tilladt her; det bliver ikke fulgt");
    }

    @Test void case2_aPipeAmongTheInputsIsALocatedProblemAndIsNotRead() throws Exception {
        assertEquals(0, new ProcessBuilder("mkfifo", project.resolve("content/pages/fifo.md").toString()).start().waitFor());
        locatedProblemAndSiteUnchanged("content/pages/fifo.md:1:1: det er hverken en almindelig fil eller en mappe (fx en pipe eller en enhed); den bliver ikke læst");
    }

    @Test void case2_newRefusesToWriteThroughADanglingLinkIntoGitHooks() throws IOException {
        Path hooks = Files.createDirectories(project.resolve(".git/hooks"));
        Files.createSymbolicLink(entries().resolve("ny-indsats.yml"), hooks.resolve("pre-commit"));
        assertEquals(ExitCodes.USAGE, run("new", "ny-indsats", "-p", project.toString()));
        assertFalse(Files.exists(hooks.resolve("pre-commit")));
    }

    // 3. One commit message breaks or forges the history.

    @Test void case3_aCommitSubjectCanNeitherBreakTheBuildNorForgeAnotherCommit() throws IOException {
        Staging.deleteTree(site());
        Staging.deleteTree(project.resolve(".git")); // a real repository this time
        GitRepo repo = GitRepo.init(project);
        repo.commitAll("2026-10-01", "Tre indsatser");
        Files.writeString(entries().resolve("lektiecafe.yml"), Files.readString(entries().resolve("lektiecafe.yml")) + "# ændret\n");
        repo.commitAll("2026-10-02", "Ret\u001e0123456789abcdef0123456789abcdef01234567\u001fnot-a-date\u001fx");
        Files.writeString(entries().resolve("lektiecafe.yml"), Files.readString(entries().resolve("lektiecafe.yml")) + "# igen\n");
        repo.commitAll("2026-10-03", "Små rettelser\u001e0123456789abcdef0123456789abcdef01234567\u001f2099-12-31\u001fGodkendt af redaktionen");
        assertEquals(ExitCodes.OK, run("validate", "-p", project.toString()), printed());
        assertEquals(ExitCodes.OK, run("build", "-p", project.toString()), printed());
        String history = Files.readString(site().resolve("indsatser/lektiecafe/historik/index.html"));
        assertFalse(history.contains("datetime=\"2099-12-31\"") || history.contains("/commit/0123456789abcdef"), history);
        assertTrue(history.contains(repo.head()), history);
        assertEquals(3, history.split("class=\"ik-history__item\"", -1).length - 1, history);
    }

    // 4. validate passes what build cannot build.

    @Test void case4_aDescriptionOf100000QuotesIsALocatedProblemForValidateAndBuild() throws IOException {
        Path file = entries().resolve("lektiecafe.yml");
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^description: \\|\n", "description: |\n  " + ">".repeat(100_000) + " x\n"));
        locatedProblemAndSiteUnchanged("content/interventions/lektiecafe.yml:19:1: description: teksten er indlejret i mere end 32 niveauer");
    }

    @Test void case4_aDescriptionOf50000ListMarkersIsALocatedProblemForValidateAndBuild() throws IOException {
        Path file = entries().resolve("lektiecafe.yml");
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^description: \\|\n", "description: |\n  " + "- ".repeat(50_000) + "x\n"));
        locatedProblemAndSiteUnchanged("content/interventions/lektiecafe.yml:19:1: description: teksten er indlejret i mere end 32 niveauer");
    }

    // 5. Pages escape or vanish.

    @Test void case5_aPageWhoseNameResolvesToDotDotIsALocatedProblemAndNothingIsWrittenOutside() throws IOException {
        Files.writeString(project.resolve("content/pages/...md"), "title=Ud\ntype=page\nstatus=published\n~~~~~~\nUd af sitet\n");
        locatedProblemAndSiteUnchanged("content/pages/...md:1:1: sidens navn \"..\" skal være små bogstaver");
        assertFalse(Files.exists(project.resolve("target/index.html")));
    }

    @Test void case5_pagesNamedLikeGeneratedPagesAreLocatedProblems() throws IOException {
        for (String name : List.of("indsatser", "soeg")) {
            Files.writeString(project.resolve("content/pages/" + name + ".md"), "title=Over\ntype=page\nstatus=published\n~~~~~~\nOverskrevet\n");
        }
        locatedProblemAndSiteUnchanged("content/pages/indsatser.md:1:1: siden \"indsatser\" har samme adresse (indsatser/)");
        assertTrue(err.toString().contains("content/pages/soeg.md:1:1: siden \"soeg\" har samme adresse (soeg/)"), err.toString());
    }

    // 6. serve leaks a socket for every live-reload client that leaves; %00 closes the connection.

    @Test void case6_liveReloadClientsThatLeaveAreClosedAndTheServerKeepsAnswering() throws Exception {
        try (StaticServer server = StaticServer.start(site(), 0, "/", true)) {
            for (int i = 0; i < 300; i++) {
                try (Socket socket = request(server, "/__serve/events")) {
                    String status = statusLine(socket);
                    assertTrue(status.equals("HTTP/1.1 200 OK") || status.equals("HTTP/1.1 503 Service Unavailable"), status);
                }
            }
            assertTrue(server.listenerCount() <= StaticServer.MAX_LISTENERS, "open streams: " + server.listenerCount());
            for (int beat = 0; beat < 3 && server.listenerCount() > 0; beat++) { server.heartbeat(); Thread.sleep(50); }
            assertEquals(0, server.listenerCount());
            try (Socket page = request(server, "/")) { assertEquals("HTTP/1.1 200 OK", statusLine(page)); }
            try (Socket nul = request(server, "/%00")) { assertEquals("HTTP/1.1 400 Bad Request", statusLine(nul)); }
        }
    }

    private static Socket request(StaticServer server, String path) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        socket.setSoTimeout(5000);
        socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        return socket;
    }

    private static String statusLine(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
    }

    // 7. Wrong exit codes and silent output.

    @Test void case7_changesWithAnEntryThatIsNotUtf8ReportsInsteadOfExit3() throws IOException {
        GitRepo.init(project).commitAll("2026-10-01", "Tre indsatser");
        Path file = entries().resolve("natteravne.yml");
        Files.write(file, Files.readString(file).replace("Natteravne", "Natteravne \u00e6").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(ExitCodes.OK, run("changes", "--since", "HEAD", "-p", project.toString()), printed());
        assertTrue(out.toString().contains("- `natteravne`"), out.toString());
        err.getBuffer().setLength(0);
        assertEquals(ExitCodes.CONTENT_PROBLEMS, run("validate", "-p", project.toString()));
        assertTrue(err.toString().startsWith("content/interventions/natteravne.yml:1:1: filen er ikke gemt som UTF-8"), err.toString());
    }

    @Test void case7_buildWithAProjectThatIsNotThereIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run("build", "-p", temp.resolve("nonexistent").toString()));
        assertTrue(err.toString().startsWith("Projektmappen " + temp.resolve("nonexistent") + " findes ikke"), err.toString());
    }

    @Test void case7_aTemplateOutsideTheProjectIsALocatedProblemAndNoPageIsWrittenEmpty() throws IOException {
        Path properties = project.resolve("jbake.properties");
        Files.writeString(properties, Files.readString(properties).replace("template.page.file=pages/page.ftlh", "template.page.file=../../../etc/passwd"));
        locatedProblemAndSiteUnchanged("jbake.properties:22:1: template.page.file: skabelonen \"../../../etc/passwd\" skal være en .ftlh-fil i templates/");
    }

    @Test void case7_aConfigurationLookupIsALocatedProblem() throws IOException {
        Path properties = project.resolve("jbake.properties");
        Files.writeString(properties, Files.readString(properties).replace("site.title=Indsatskatalog", "site.title=${env:HOME}"));
        locatedProblemAndSiteUnchanged("jbake.properties:3:1: site.title: værdien \"${env:HOME}\" indeholder ${…}");
    }

    @Test void case7_anEntrySavedAsUpperCaseYmlIsALocatedProblem() throws IOException {
        Files.move(entries().resolve("byhaver.yml"), entries().resolve("byhaver.YML"));
        locatedProblemAndSiteUnchanged("content/interventions/byhaver.YML:1:1: filerne her ender på .yml; omdøb til byhaver.yml");
    }

    @Test void case7_aFolderNamedLikeAnEntryIsALocatedProblem() throws IOException {
        Files.createDirectories(entries().resolve("dir.yml"));
        locatedProblemAndSiteUnchanged("content/interventions/dir.yml:1:1: en mappe hører ikke til her");
    }

    @Test void case7_aTypeErrorDoesNotHideABadReviewDateInTheSameFile() throws IOException {
        Path file = entries().resolve("natteravne.yml");
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^themes: \\[([^\\]]*)\\]", "themes: $1")
            .replaceFirst("(?m)^lastReviewed: .*$", "lastReviewed: 2026-02-30"));
        locatedProblemAndSiteUnchanged("content/interventions/natteravne.yml:");
        assertTrue(err.toString().contains(": themes: forventede en liste"), err.toString());
        assertTrue(err.toString().contains(": lastReviewed: datoen \"2026-02-30\" findes ikke"), err.toString());
    }

    @Test void case7_dataLinksDoNotSurviveMarkdown() throws IOException {
        Path file = entries().resolve("byhaver.yml");
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^description: \\|\n",
            "description: |\n  Se [her](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) og ![x](data:image/svg+xml,hej).\n\n"));
        assertEquals(ExitCodes.OK, run("build", "-p", project.toString()), printed());
        String page = Files.readString(site().resolve("indsatser/byhaver/index.html"));
        assertFalse(page.contains("data:text/html") || page.contains("data:image/svg"), page);
    }

    @Test void case7_windowsReservedNamesAreRefusedAsSlugs() {
        for (String slug : List.of("con", "nul", "aux", "lpt1")) {
            assertEquals(ExitCodes.USAGE, run("new", slug, "-p", project.toString()), slug);
            assertFalse(Files.exists(entries().resolve(slug + ".yml")));
        }
    }

    @Test void case7_aTabIndentationIsReportedOnItsOwnLineInDanish() throws IOException {
        Path file = entries().resolve("byhaver.yml");
        List<String> lines = Files.readAllLines(file);
        int costBand = lines.indexOf(lines.stream().filter(l -> l.startsWith("  costBand:")).findFirst().orElseThrow());
        lines.set(costBand, "\t" + lines.get(costBand).strip());
        Files.write(file, lines);
        locatedProblemAndSiteUnchanged("content/interventions/byhaver.yml:" + (costBand + 1) + ":1: tabulator i indrykningen; YAML indrykkes kun med mellemrum");
    }

    @Test void case7_everySubcommandTakesHelp() {
        for (String command : List.of("build", "validate", "serve", "new", "changes", "schema")) {
            assertEquals(ExitCodes.OK, run(command, "--help"), command);
        }
    }


}
