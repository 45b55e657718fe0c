package dk.indsatskatalog.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * No query of real Danish words finds nothing on the real catalogue: every word and phrase of
 * {@code danish-words.txt} (natbasket among them) gets at least one entry, by its own terms, its
 * known parts, a known head or tail, or the catalogue's nearest word.
 */
class NeverEmptyTest {
    private static final Path WORDS = Path.of("src/test/resources/search/danish-words.txt");

    @Test void everyRealDanishWordOrPhraseFindsAnEntry(@TempDir Path site) throws Exception {
        new SearchIndexer(() -> RealCatalogue.CONTENT).write(RealCatalogue.get(), null, site);
        long queries = Files.readAllLines(WORDS).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        Node.Run run = Node.run("src/test/js/never-empty.mjs", site.toString(), WORDS.toString());
        assertEquals("checked " + queries + " queries, 0 empty\n", run.stdout(), run.stderr());
        assertEquals(0, run.exitCode());
    }
}
