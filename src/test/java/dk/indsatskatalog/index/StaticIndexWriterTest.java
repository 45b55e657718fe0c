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

    @Test void eachFacetSaysHowSeveralChoicesCombine(@TempDir Path dir) throws Exception {
        new SearchIndexer(() -> RealCatalogue.CONTENT).write(RealCatalogue.get(), null, dir);
        JsonNode meta = new ObjectMapper().readTree(dir.resolve("search/meta.json").toFile());
        List<String> facets = new ArrayList<>();
        meta.get("facets").forEach(f -> facets.add(f.get("key").asText() + "/" + f.get("param").asText() + "/" + f.get("match").asText()
            + "/" + f.get("values").size()));
        assertEquals(List.of("targetGroup/maalgruppe/all/16", "theme/tema/any/4", "level/niveau/atLeast/5", "noEffect/flag/any/1",
            "age/alder/range/31", "cost/pris/any/4", "anchoring/forankring/any/4", "outcomeDomain/resultat/any/17"), facets);
        List<String> bands = new ArrayList<>();
        meta.get("facets").get(4).get("ranges").forEach(r -> bands.add(r.get("code").asText() + " " + r.get("label").asText()));
        assertEquals(List.of("0-5 0–5 år", "6-12 6–12 år", "13-17 13–17 år", "18-29 18–29 år", "30 30 år og op"), bands);
    }

    @Test void theAgeBitsSayWhichAgesAnEntrysAgeRangeCovers(@TempDir Path dir) throws Exception {
        new SearchIndexer(() -> RealCatalogue.CONTENT).write(RealCatalogue.get(), null, dir);
        JsonNode meta = new ObjectMapper().readTree(dir.resolve("search/meta.json").toFile());
        byte[] bits = Files.readAllBytes(dir.resolve("search/facets.bin"));
        int per = meta.get("facetBytes").asInt();
        int ageOffset = 0;
        for (int f = 0; f < 4; f++) ageOffset += meta.get("facets").get(f).get("values").size();
        var entries = RealCatalogue.get().interventions();
        java.util.Map<String, String> ages = new java.util.TreeMap<>();
        for (int d = 0; d < entries.size(); d++) {
            StringBuilder years = new StringBuilder();
            for (int age = 0; age <= 30; age++) {
                int bit = ageOffset + age;
                if ((bits[d * per + (bit >> 3)] & (1 << (bit & 7))) != 0) years.append(years.isEmpty() ? "" : ",").append(age);
            }
            ages.put(entries.get(d).slug().value(), years.toString());
        }
        assertEquals("13,14,15,16,17", ages.get("fritidsjob"));
        assertEquals("13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30", ages.get("mentorordning"), "13 and up");
        assertEquals("29,30", ages.get("faedreindsatser"), "29–72: 29, and 30 and up");
        assertEquals("", ages.get("natteravne"), "no age range: no age");
    }

    @Test void orderBinRanksDocumentsAsTheListsSortThemByName(@TempDir Path dir) throws Exception {
        var catalogue = RealCatalogue.get();
        new SearchIndexer(() -> RealCatalogue.CONTENT).write(catalogue, null, dir);
        JsonNode meta = new ObjectMapper().readTree(dir.resolve("search/meta.json").toFile());
        assertEquals(2, meta.get("orderBytes").asInt());
        byte[] order = Files.readAllBytes(dir.resolve("search/order.bin"));
        String[] byRank = new String[catalogue.interventions().size()];
        for (int d = 0; d < byRank.length; d++) byRank[(order[2 * d] & 0xff) | (order[2 * d + 1] & 0xff) << 8] = catalogue.interventions().get(d).slug().value();
        var listed = (dk.indsatskatalog.render.ComparePage) dk.indsatskatalog.render.ComparePage.CONTRIBUTOR.pages(catalogue, null).get(0).model();
        assertEquals(listed.entries().stream().map(dk.indsatskatalog.render.ComparePage.Choice::slug).toList(), List.of(byRank));
    }

    @Test void listsNumberTheirCardsAsTheIndexNumbersItsDocuments(@TempDir Path dir) throws Exception {
        var catalogue = RealCatalogue.get();
        new SearchIndexer(() -> RealCatalogue.CONTENT).write(catalogue, null, dir);
        List<String> stored = new ArrayList<>();
        for (int chunk = 0; Files.exists(dir.resolve("search/d/" + chunk + ".json")); chunk++) {
            new ObjectMapper().readTree(dir.resolve("search/d/" + chunk + ".json").toFile()).forEach(doc -> stored.add(doc.get(0).asText()));
        }
        var numbers = dk.indsatskatalog.render.SearchDocNumbers.of(catalogue);
        for (var entry : catalogue.interventions()) assertEquals(entry.slug().value(), stored.get(numbers.of(entry)));
        assertEquals(catalogue.interventions().size(), stored.size());
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
