package dk.indsatskatalog.index;

import dk.indsatskatalog.TestProject;
import dk.indsatskatalog.build.Pipeline;
import dk.indsatskatalog.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchWordsTest {
    @Test void readsNeedWordsByCodeAndEvidenceWordsByMeaning(@TempDir Path dir) throws Exception {
        Path content = project(dir, """
            needs:
              targetGroups:
                faedre: [mænd, far]
              themes:
                beskaeftigelse: [arbejde]
              outcomeDomains:
                sociale-netvaerk: [ensomhed, alene]
            evidence:
              designs:
                rct: [randomiseret forsøg, RCT]
              rubricClasses:
                causal: [effektstudie]
              levels:
                4: [dokumenteret effekt]
              noEffect: [virker ikke]
            """);
        List<Problem> problems = new ArrayList<>();
        SearchWords words = SearchWords.load(content, problems);
        assertEquals(List.of(), problems);
        assertEquals(Map.of("faedre", List.of("mænd", "far")), words.targetGroups());
        assertEquals(Map.of("beskaeftigelse", List.of("arbejde")), words.themes());
        assertEquals(Map.of("sociale-netvaerk", List.of("ensomhed", "alene")), words.outcomeDomains());
        assertEquals(Map.of("rct", List.of("randomiseret forsøg", "RCT")), words.designs());
        assertEquals(Map.of("causal", List.of("effektstudie")), words.rubricClasses());
        assertEquals(Map.of(4, List.of("dokumenteret effekt")), words.levels());
        assertEquals(List.of("virker ikke"), words.noEffect());
    }

    @Test void reportsEachProblemWithFileLineColumnAndFieldAndLeavesItOut(@TempDir Path dir) throws Exception {
        Path content = project(dir, """
            needs:
              targetGroups:
                faedrre: [mænd]
                unge: teenagere
                kvinder: [mødre, 3, ""]
              temaer: {}
            evidence:
              designs:
                rtc: [lodtrækning]
              levels:
                6: [perfekt]
                4: [virker]
              noEffect: [ingen effekt, Virker]
            """);
        List<Problem> problems = new ArrayList<>();
        SearchWords words = SearchWords.load(content, problems);
        assertEquals(List.of(
            "content/search-words.yml:3:5: needs.targetGroups.faedrre: ukendt målgruppe \"faedrre\"; mente du \"faedre\"?",
            "content/search-words.yml:4:5: needs.targetGroups.unge: forventede en liste, fandt \"teenagere\"",
            "content/search-words.yml:5:22: needs.targetGroups.kvinder[1]: forventede tekst, fandt tallet 3",
            "content/search-words.yml:5:25: needs.targetGroups.kvinder[2]: punktet i listen er tomt",
            "content/search-words.yml:6:3: needs.temaer: ukendt felt \"temaer\"",
            "content/search-words.yml:9:5: evidence.designs.rtc: ukendt undersøgelsesdesign \"rtc\"; mente du \"rct\"?",
            "content/search-words.yml:11:5: evidence.levels.6: ukendt evidensniveau \"6\"; brug en af 1, 2, 3, 4, 5",
            "content/search-words.yml:13:28: evidence.noEffect[1]: ordet \"Virker\" står allerede ved evidence.levels.4[0] (linje 12);"
                + " et evidensord kan kun betyde én ting"),
            problems.stream().sorted().map(Problem::toString).toList());
        assertEquals(Map.of("kvinder", List.of("mødre")), words.targetGroups());
        assertEquals(Map.of(4, List.of("virker")), words.levels());
        assertEquals(List.of("ingen effekt"), words.noEffect());
    }

    @Test void validateReportsTheFilesProblemsLikeAnEntrys(@TempDir Path dir) throws Exception {
        TestProject project = TestProject.create(dir).withFixture("gyldig");
        Files.writeString(project.dir().resolve("content/search-words.yml"), "needs:\n  themes:\n    tema: [job]\n");
        try (Pipeline pipeline = new Pipeline(project.dir())) {
            assertEquals(List.of("content/search-words.yml:3:5: needs.themes.tema: ukendt tema \"tema\"; brug en af "
                    + "kriminalitetsforebyggelse, uddannelse-og-livschancer, beskaeftigelse, sammenhaengskraft-og-medborgerskab"),
                pipeline.validate().problems().stream().map(Problem::toString).toList());
        }
    }

    @Test void aMissingFileMeansNoWords(@TempDir Path dir) {
        assertEquals(SearchWords.none(), SearchWords.load(dir.resolve("content"), new ArrayList<>()));
    }

    @Test void theRepositorysFileHasNoProblems() {
        assertEquals(List.of(), SearchWords.problems(RealCatalogue.CONTENT));
    }

    /** A content folder with the real taxonomies and {@code yaml} as search-words.yml. */
    private static Path project(Path dir, String yaml) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        TestProject.copyTree(RealCatalogue.CONTENT.resolve("taxonomies"), content.resolve("taxonomies"));
        Files.writeString(content.resolve("search-words.yml"), yaml);
        return content;
    }
}
