package dk.indsatskatalog.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        assertTrue(files.contains(Path.of("meta.json")) && files.contains(Path.of("facets.bin")) && files.contains(Path.of("t/0.bin")), files.toString());
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
