package dk.indsatskatalog.build;

import dk.indsatskatalog.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The last gate before the swap finds what no source check saw, at the output file's line. */
class OutputCheckTest {
    @TempDir Path site;

    @Test void placeholderTextAndWorkingWordsInTheOutputAreProblemsAtTheirLine() throws IOException {
        Files.createDirectories(site.resolve("om"));
        Files.writeString(site.resolve("om/index.html"), "<p>Udgivet af\n[Udgiverens navn]</p>\n");
        Files.createDirectories(site.resolve("data"));
        Files.writeString(site.resolve("data/x.json"), "{\"note\": \"ikke i faktagrundlaget\"}\n");
        Files.createDirectories(site.resolve("search"));
        Files.writeString(site.resolve("search/meta.json"), "{\"stop\": [\"TODO\"]}\n"); // the index is built from checked content
        assertEquals(List.of(
                "data/x.json:1:18: den byggede fil indeholder \"faktagrundlag\", et ord fra redaktionens arbejdsmateriale; intet blev udgivet",
                "om/index.html:2:1: den byggede fil indeholder \"[Udgiverens navn]\", tekst der venter på at blive udfyldt; intet blev udgivet"),
            OutputCheck.problems(site).stream().map(Problem::toString).toList());
    }

    /** Files are read 64 K characters at a time; a word across the seam and the lines after it keep their places. */
    @Test void aWordAcrossTheReadBufferIsFoundAtItsLineAndColumn() throws IOException {
        String text = "a".repeat(65_530) + " [dato] og mere\nren tekst\nTODO\n";
        assertEquals(List.of(
                "big.html:1:65532: den byggede fil indeholder \"[dato]\", tekst der venter på at blive udfyldt; intet blev udgivet",
                "big.html:3:1: den byggede fil indeholder \"TODO\", tekst der venter på at blive udfyldt; intet blev udgivet"),
            OutputCheck.problems(Path.of("big.html"), new java.io.StringReader(text)).stream().map(Problem::toString).toList());
    }

    @Test void aCleanSiteHasNoProblems() throws IOException {
        Files.writeString(site.resolve("index.html"), "<p>Indsatskatalog</p>\n");
        assertEquals(List.of(), OutputCheck.problems(site));
    }
}
