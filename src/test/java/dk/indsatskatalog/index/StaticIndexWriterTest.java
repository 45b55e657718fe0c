package dk.indsatskatalog.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaticIndexWriterTest {
    @Test void theSameCatalogueGivesByteIdenticalFiles(@TempDir Path dir) throws Exception {
        SearchIndexer indexer = new SearchIndexer(() -> RealCatalogue.CONTENT);
        indexer.write(RealCatalogue.get(), null, dir.resolve("a"));
        indexer.write(RealCatalogue.get(), null, dir.resolve("b"));
        List<Path> files = files(dir.resolve("a/search"));
        assertEquals(files, files(dir.resolve("b/search")));
        for (Path f : files) assertArrayEquals(Files.readAllBytes(dir.resolve("a/search").resolve(f)), Files.readAllBytes(dir.resolve("b/search").resolve(f)), f.toString());
        assertTrue(files.contains(Path.of("meta.json")) && files.contains(Path.of("facets.bin")) && files.contains(Path.of("t/0.bin"))
            && files.contains(Path.of("t/0.json")) && files.contains(Path.of("lexicon.json")) && files.contains(Path.of("evidence.bin")),
            files.toString());
    }

    @Test void evidenceWordsGoIntoMetaAsStemmedPhrasesLongestFirst(@TempDir Path dir) throws Exception {
        new SearchIndexer(() -> RealCatalogue.CONTENT).write(RealCatalogue.get(), null, dir);
        JsonNode evidence = new ObjectMapper().readTree(dir.resolve("search/meta.json").toFile()).get("evidence");
        List<String> designs = new ArrayList<>();
        evidence.get("designs").forEach(d -> designs.add(d.get("code").asText() + "/" + d.get("rubricClass").asText()));
        assertEquals(RealCatalogue.get().taxonomies().studyDesigns().stream().map(d -> d.code() + "/" + d.rubricClass().code()).toList(), designs);
        List<String> phrases = new ArrayList<>();
        evidence.get("phrases").forEach(p -> phrases.add(p.get("terms").toString() + " " + p.properties().stream()
            .filter(e -> !e.getKey().equals("terms")).map(e -> e.getKey() + "=" + e.getValue()).findFirst().orElse("")));
        assertTrue(phrases.contains("[\"randomis\",\"forsog\"] design=\"rct\""), phrases.toString());
        assertTrue(phrases.contains("[\"virk\",\"ikk\"] noEffect=true"), phrases.toString());
        assertTrue(phrases.contains("[\"evidensbas\"] minLevel=4"), phrases.toString());
        assertEquals(phrases.stream().sorted(java.util.Comparator.comparingInt(p -> -p.split(",").length)).toList().get(0).split(",").length,
            phrases.get(0).split(",").length, "longest phrase first");
    }

    @Test void theDesignBitsSayWhichDesignsEachEntrysFindingsRestOn(@TempDir Path dir) throws Exception {
        new SearchIndexer(() -> RealCatalogue.CONTENT).write(RealCatalogue.get(), null, dir);
        byte[] bits = Files.readAllBytes(dir.resolve("search/evidence.bin"));
        var catalogue = RealCatalogue.get();
        var designs = catalogue.taxonomies().studyDesigns().stream().map(d -> d.code()).toList();
        int bytesPerDoc = (designs.size() + 7) / 8;
        assertEquals(bytesPerDoc * catalogue.interventions().size(), bits.length);
        for (int d = 0; d < catalogue.interventions().size(); d++) {
            var facts = EvidenceFacts.of(catalogue.interventions().get(d));
            for (int i = 0; i < designs.size(); i++) {
                boolean set = (bits[d * bytesPerDoc + (i >> 3)] & (1 << (i & 7))) != 0;
                assertEquals(facts.designs().contains(designs.get(i)), set, catalogue.interventions().get(d).slug() + " " + designs.get(i));
            }
        }
    }

    @Test void varintsUseSevenBitsPerByte() {
        var out = new java.io.ByteArrayOutputStream();
        StaticIndexWriter.varint(out, 300);
        assertArrayEquals(new byte[] {(byte) 0xAC, 0x02}, out.toByteArray());
    }

    @Test void weightsKeepTheirOrderOnTheLogScale() {
        var scale = new StaticIndexWriter.WeightScale(0.01, 20);
        assertEquals(1, scale.quantise(0.01f));
        assertEquals(255, scale.quantise(20f));
        assertTrue(scale.quantise(1.0f) < scale.quantise(1.05f));
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }
}
