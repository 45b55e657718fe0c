package dk.indsatskatalog.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dk.indsatskatalog.TestProject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Entries and sources are written in the catalogue's own words: no text repeats a run of {@value RUN}
 * words from the editors' source material, outside names, places, partners, search words, titles and
 * authors, which carry over. The material itself is not in the repository; a fingerprint of its runs
 * (a short hash of each) is, so the check runs on every machine. Where the material sits beside the
 * checkout, a second test proves the fingerprint is current; {@code -Dgolden.update=true} rewrites it.
 */
class OwnWordingTest {
    static final int RUN = 10;
    private static final Path MATERIAL = TestProject.REPOSITORY.resolveSibling("shared").resolve("catalogue-facts");
    private static final Path FINGERPRINT = TestProject.REPOSITORY.resolve("src/test/resources/content/source-material-runs.txt");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'-]+");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test void noEntryOrSourceRepeatsARunOfWordsFromTheSourceMaterial() throws IOException {
        Set<String> material = new TreeSet<>(Files.readAllLines(FINGERPRINT));
        List<String> copied = new ArrayList<>();
        check("content/interventions", List.of("slug", "name", "places", "partners", "searchWords"), material, copied);
        check("content/kilder", List.of("title", "authors", "publisher", "url", "sample", "programme", "population"), material, copied);
        assertEquals(List.of(), copied);
    }

    @Test void theFingerprintMatchesTheSourceMaterial() throws IOException {
        assumeTrue(Files.isDirectory(MATERIAL), "the source material is not beside this checkout");
        Set<String> runs = new TreeSet<>();
        try (Stream<Path> files = Files.list(MATERIAL)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                List<String> words = words(Files.readString(file).split("## Sources")[0]);
                for (int i = 0; i + RUN <= words.size(); i++) runs.add(hash(String.join(" ", words.subList(i, i + RUN))));
            }
        }
        String expected = String.join("\n", runs) + "\n";
        if (Boolean.getBoolean("golden.update")) Files.writeString(FINGERPRINT, expected);
        assertEquals(expected, Files.readString(FINGERPRINT), "source-material-runs.txt is stale; run with -Dgolden.update=true");
    }

    private static void check(String folder, List<String> carriedOver, Set<String> material, List<String> copied) throws IOException {
        try (Stream<Path> files = Files.list(TestProject.REPOSITORY.resolve(folder))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
                ObjectNode document = (ObjectNode) YAML.readTree(file.toFile());
                for (String field : carriedOver) document.remove(field);
                List<String> text = new ArrayList<>();
                collect(document, text);
                for (String value : text) {
                    List<String> w = words(value);
                    for (int i = 0; i + RUN <= w.size(); i++) {
                        String run = String.join(" ", w.subList(i, i + RUN));
                        if (material.contains(hash(run))) {
                            copied.add(folder + "/" + file.getFileName() + ": \"" + run + "\"");
                            break;
                        }
                    }
                }
            }
        }
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isTextual()) out.add(node.asText());
        else node.forEach(child -> collect(child, out));
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) words.add(m.group());
        return words;
    }

    /** The first 12 hex digits of the run's SHA-256: short, and a chance collision is negligible at this size. */
    static String hash(String run) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(run.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
