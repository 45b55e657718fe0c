package dk.indsatskatalog.history;

import dk.indsatskatalog.GitRepo;
import dk.indsatskatalog.model.ContentHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The history read from git cannot be broken or forged by what a commit message says. */
class GitHistoryTest {
    @TempDir Path temp;

    private static final String FILE = "content/interventions/a.yml";
    private static final String FAKE = "0123456789abcdef0123456789abcdef01234567";

    private GitRepo repoWithThreeCommits(String middleSubject) throws IOException {
        GitRepo repo = GitRepo.init(temp);
        Files.createDirectories(temp.resolve("content/interventions"));
        Files.writeString(temp.resolve(FILE), "v1\n");
        repo.commitAll("2026-01-10", "Første udgave");
        Files.writeString(temp.resolve(FILE), "v2\n");
        repo.commitAll("2026-02-10", middleSubject);
        Files.writeString(temp.resolve(FILE), "v3\n");
        return repo.commitAll("2026-03-10", "Tredje udgave");
    }

    private List<String> shown(ContentHistory history) {
        return history.of(FILE).stream().map(c -> c.date() + " " + c.subject()).toList();
    }

    @Test void aSubjectWithTheOldSeparatorsAndAnInvalidDateIsShownAsItIs() throws IOException {
        String subject = "Ret stavefejl\u001e" + FAKE + "\u001fnot-a-date\u001fx";
        repoWithThreeCommits(subject);
        ContentHistory history = GitHistory.read(temp, List.of(FILE));
        assertEquals(List.of("2026-03-10 Tredje udgave", "2026-02-10 " + subject, "2026-01-10 Første udgave"), shown(history));
        assertEquals(Optional.of(LocalDate.parse("2026-03-10")), history.latestContentDate());
    }

    @Test void aSubjectCannotForgeACommitOrHideTheRealOne() throws IOException {
        String forged = "Små rettelser\u001e" + FAKE + "\u001f2099-12-31\u001fGodkendt af redaktionen";
        GitRepo repo = repoWithThreeCommits(forged);
        ContentHistory history = GitHistory.read(temp, List.of(FILE));
        assertEquals(List.of("2026-03-10 Tredje udgave", "2026-02-10 " + forged, "2026-01-10 Første udgave"), shown(history));
        assertEquals(repo.head(), history.of(FILE).get(0).hash());
        assertEquals(Optional.of(LocalDate.parse("2026-03-10")), history.latestContentDate());
    }

    @Test void aRecordThatDoesNotParseIsSkippedAndTheOthersKeepTheirOwnChanges() {
        String good1 = "a".repeat(40);
        String good2 = "b".repeat(40);
        String log = good1 + "\0" + "2026-03-10\0Nyeste\0\nM\0" + FILE + "\0"
            + "c".repeat(40) + "\0" + "2026-02-30\0Umulig dato\0\nM\0" + FILE + "\0"
            + "not-a-hash\0" + "2026-02-01\0Ingen hash\0\nM\0" + FILE + "\0"
            + good2 + "\0" + "2026-01-10\0Ældste\0\nA\0" + FILE + "\0";
        ContentHistory history = GitHistory.parse("0123456789ab", log, List.of(FILE));
        assertEquals(List.of("2026-03-10 Nyeste", "2026-01-10 Ældste"), shown(history));
        assertEquals(List.of(good1, good2), history.of(FILE).stream().map(ContentHistory.Commit::hash).toList());
    }

    @Test void renamesAreFollowedThroughTheNulSeparatedLog() throws IOException {
        GitRepo repo = GitRepo.init(temp);
        Files.createDirectories(temp.resolve("content/interventions"));
        Files.writeString(temp.resolve("content/interventions/old.yml"), "same content that git can follow\n".repeat(5));
        repo.commitAll("2026-01-10", "Oprettet");
        repo.git("mv", "content/interventions/old.yml", "content/interventions/new name.yml");
        repo.commitAll("2026-02-10", "Omdøbt");
        ContentHistory history = GitHistory.read(temp, List.of("content/interventions/new name.yml"));
        assertEquals(List.of("Omdøbt", "Oprettet"),
            history.of("content/interventions/new name.yml").stream().map(ContentHistory.Commit::subject).toList());
    }

    @Test void theCommitAndTheLatestContentChangeAreReadWithTheHistory() throws IOException {
        GitRepo repo = repoWithThreeCommits("Anden udgave");
        Files.writeString(temp.resolve("README.md"), "not content\n");
        repo.commitAll("2026-04-01", "Uden for content/");
        ContentHistory history = GitHistory.read(temp, List.of(FILE));
        assertEquals(repo.head().substring(0, GitHistory.SHORT_COMMIT_LENGTH), history.commit());
        assertEquals(LocalDate.parse("2026-03-10"), history.latestContentChange());
        assertEquals(true, history.available());
    }

    @Test void outsideGitThereIsNoCommitAndNoHistory() {
        assertEquals(ContentHistory.none(), GitHistory.read(temp, List.of(FILE)));
    }
}
