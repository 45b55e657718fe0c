package dk.indsatskatalog.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The browser splits an unknown compound exactly as the index's {@link CompoundSplitter} does: the
 * index's own lexicon.json gives node the same dictionary, and both split a list of generated
 * compounds (two to four of the catalogue's words joined bare, with "s" or with "e", some with an
 * unknown tail, letter salad) and every long word of the catalogue.
 */
class CompoundParityTest {
    @Test void javascriptSplitsGeneratedCompoundsAsTheJavaSplitterDoes(@TempDir Path site) throws Exception {
        new SearchIndexer(() -> RealCatalogue.CONTENT).write(RealCatalogue.get(), null, site);
        Lexicon lexicon = Lexicon.of(RealCatalogue.get());
        CompoundSplitter splitter = lexicon.splitter();
        List<String> folded = lexicon.words().stream().map(DanishFolding::fold).filter(CompoundSplitter::inDictionary).distinct().toList();

        TreeSet<String> words = new TreeSet<>(generated(folded, new Random(14)));
        for (var entry : RealCatalogue.get().interventions()) {
            for (String w : DanishAnalysis.foldedWords(SearchFields.danishProse(entry))) if (w.length() >= CompoundSplitter.MIN_WORD) words.add(w);
        }
        Map<String, List<String>> table = new TreeMap<>();
        int split = 0;
        for (String w : words) {
            table.put(w, splitter.parts(w));
            if (!table.get(w).isEmpty()) split++;
        }
        assertTrue(words.size() >= 5000 && split >= 2500, words.size() + " words, " + split + " split");
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("stems", splitter.stems());
        file.put("words", table);
        Path tableFile = site.resolve("compound-table.json");
        new ObjectMapper().writeValue(tableFile.toFile(), file);

        Node.Run run = Node.run("src/test/js/compound-parity.mjs", site.resolve("search/lexicon.json").toString(), tableFile.toString());
        assertEquals("checked " + splitter.stems().size() + " stems and " + table.size() + " words (" + split + " split), 0 differ\n",
            run.stdout(), run.stderr());
        assertEquals(0, run.exitCode());
    }

    /** Compounds of the dictionary's words, joined bare or by a linking "s" or "e"; some with an unknown tail; some letter salad. */
    private static List<String> generated(List<String> dictionary, Random random) {
        List<String> out = new ArrayList<>();
        String[] links = {"", "s", "e"};
        for (int i = 0; i < 4000; i++) {
            int parts = 2 + random.nextInt(i % 10 == 0 ? 3 : 2);
            StringBuilder w = new StringBuilder();
            for (int p = 0; p < parts; p++) {
                if (p > 0) w.append(links[random.nextInt(links.length)]);
                w.append(dictionary.get(random.nextInt(dictionary.size())));
            }
            out.add(w.toString());
        }
        for (int i = 0; i < 800; i++) {
            out.add(dictionary.get(random.nextInt(dictionary.size())) + "s" + salad(random, 5 + random.nextInt(6)));
        }
        for (int i = 0; i < 400; i++) out.add(salad(random, 8 + random.nextInt(12)));
        return out;
    }

    private static String salad(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) s.append("abdefgiklmnoprstuvy".charAt(random.nextInt(19)));
        return s.toString();
    }
}
