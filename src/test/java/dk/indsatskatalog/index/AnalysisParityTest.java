package dk.indsatskatalog.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The browser's query analysis ({@code analysis.js}) gives exactly Lucene's query terms for every
 * word of the catalogue and the synonyms file: Lucene exports a word → terms table, node checks it.
 */
class AnalysisParityTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}]+");

    @Test
    void javascriptAnalysisMatchesLuceneForEveryCatalogueWord(@TempDir Path dir) throws Exception {
        TreeSet<String> words = new TreeSet<>();
        for (var entry : RealCatalogue.get().interventions()) {
            SearchFields fields = SearchFields.of(entry);
            for (SearchFields.Field f : SearchFields.Field.values()) collect(fields.text(f), words);
        }
        for (List<String> group : SearchSynonyms.load(RealCatalogue.CONTENT, new ArrayList<>()).groups()) group.forEach(w -> collect(w, words));
        // Spellings people type: upper case, typed æ/ø/å, accents, digits.
        words.addAll(List.of("BYDELSMØDRE", "Bydelsmoedre", "raadgivning", "Lektiecafé", "fædre", "FÆDRE", "løst", "hurtigst", "2019"));
        Analyzer query = DanishAnalysis.queryAnalyzer();
        Map<String, List<String>> table = new TreeMap<>();
        for (String word : words) table.put(word, DanishAnalysis.terms(query, word));
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("stopWords", DanishAnalysis.STOP_WORDS);
        file.put("words", table);
        Path tableFile = dir.resolve("analysis-table.json");
        new ObjectMapper().writeValue(tableFile.toFile(), file);

        Node.Run run = Node.run("src/test/js/parity.mjs", tableFile.toString());
        assertEquals("checked " + table.size() + " words, 0 differ\n", run.stdout(), run.stderr());
        assertEquals(0, run.exitCode());
    }

    private static void collect(String text, TreeSet<String> words) {
        Matcher m = WORD.matcher(text);
        while (m.find()) words.add(m.group());
    }
}
