package dk.indsatskatalog.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dk.indsatskatalog.TestProject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Entries are written in the catalogue's own words: no entry repeats a run of {@value RUN} words
 * from its fact file, outside names, places, partners, search words and study titles, which carry
 * over. Runs only where the fact base sits beside the repository ({@code ../shared/catalogue-facts}).
 */
class FactBaseWordingTest {
    static final int RUN = 10;
    private static final Path FACTS = TestProject.REPOSITORY.resolveSibling("shared").resolve("catalogue-facts");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'-]+");

    @Test void noEntryCopiesARunOfWordsFromItsFactFile() throws IOException {
        assumeTrue(Files.isDirectory(FACTS), "the fact base is not beside this checkout");
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<String> copied = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestProject.REPOSITORY.resolve("content/interventions"))) {
            for (Path file : files.sorted().toList()) {
                String slug = file.getFileName().toString().replace(".yml", "");
                Path factFile = FACTS.resolve(slug + ".md");
                if (!Files.exists(factFile)) continue;
                Set<String> runs = runs(words(Files.readString(factFile).split("## Sources")[0]));
                ObjectNode entry = (ObjectNode) yaml.readTree(file.toFile());
                for (String carriesOver : List.of("slug", "name", "places", "partners", "searchWords")) entry.remove(carriesOver);
                for (JsonNode study : entry.path("evidence").path("studies")) {
                    ((ObjectNode) study).remove(List.of("title", "authors", "url", "sample"));
                }
                List<String> text = new ArrayList<>();
                collect(entry, text);
                for (String value : text) {
                    List<String> w = words(value);
                    for (int i = 0; i + RUN <= w.size(); i++) {
                        String run = String.join(" ", w.subList(i, i + RUN));
                        if (runs.contains(run)) { copied.add(slug + ": \"" + run + "\""); break; }
                    }
                }
            }
        }
        assertEquals(List.of(), copied);
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isTextual()) out.add(node.asText());
        else node.forEach(child -> collect(child, out));
    }

    private static Set<String> runs(List<String> words) {
        Set<String> runs = new HashSet<>();
        for (int i = 0; i + RUN <= words.size(); i++) runs.add(String.join(" ", words.subList(i, i + RUN)));
        return runs;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) words.add(m.group());
        return words;
    }
}
