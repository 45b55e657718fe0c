package dk.indsatskatalog.index;

import dk.indsatskatalog.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchSynonymsTest {
    @Test void readsGroupsOfWordsAndPhrases(@TempDir Path project) throws Exception {
        Path content = write(project, "synonyms:\n  - [bydelsmor, bydelsmødre]\n  - [homework café, lektiecafé]\n");
        List<Problem> problems = new ArrayList<>();
        assertEquals(List.of(List.of("bydelsmor", "bydelsmødre"), List.of("homework café", "lektiecafé")),
            SearchSynonyms.load(content, problems).groups());
        assertEquals(List.of(), problems);
    }

    @Test void reportsEachProblemWithFileLineAndColumn(@TempDir Path project) throws Exception {
        Path content = write(project, "synonyms:\n  - [far, fædre]\n  - [alene]\n  - [mor, 3]\nsynonymer: []\n");
        List<Problem> problems = new ArrayList<>();
        SearchSynonyms synonyms = SearchSynonyms.load(content, problems);
        assertEquals(List.of(
            "content/search.yml:3:5: synonyms[1]: forventede en liste, fandt kun ét ord (en gruppe skal have mindst to)",
            "content/search.yml:4:11: synonyms[2][1]: forventede tekst, fandt tallet 3",
            "content/search.yml:5:1: synonymer: ukendt felt \"synonymer\"; mente du \"synonyms\"?"),
            problems.stream().sorted().map(Problem::toString).toList());
        assertEquals(List.of(List.of("far", "fædre")), synonyms.groups());
    }

    @Test void aMissingFileMeansNoSynonyms(@TempDir Path project) {
        assertEquals(List.of(), SearchSynonyms.load(project.resolve("content"), new ArrayList<>()).groups());
    }

    @Test void theRepositorysSynonymsFileHasNoProblems() {
        List<Problem> problems = new ArrayList<>();
        SearchSynonyms.load(RealCatalogue.CONTENT, problems);
        assertEquals(List.of(), problems);
    }

    private static Path write(Path project, String yaml) throws Exception {
        Path content = Files.createDirectories(project.resolve("content"));
        Files.writeString(content.resolve("search.yml"), yaml);
        return content;
    }
}
