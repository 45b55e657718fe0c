package dk.indsatskatalog.export;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** "Hent alt": the data folder as one zip, the same bytes for the same files, whatever the clock says. */
class DataArchiveTest {
    private static SortedMap<String, byte[]> files() {
        SortedMap<String, byte[]> files = new TreeMap<>();
        files.put("data/indsatskatalog.json", "{}".getBytes(StandardCharsets.UTF_8));
        files.put("data/csv/b.csv", "b\r\n".getBytes(StandardCharsets.UTF_8));
        files.put("data/csv/a.csv", "a\r\n".getBytes(StandardCharsets.UTF_8));
        files.put("data/excel/a.csv", "\uFEFFa\r\n".getBytes(StandardCharsets.UTF_8));
        files.put("feed.xml", "<feed/>".getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static Map<String, ZipEntry> entries(byte[] zip, Map<String, byte[]> contents) throws IOException {
        Map<String, ZipEntry> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), e);
                contents.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test void theDataFolderUnpacksIntoOneFolderInPathOrderWithItsBytes() throws IOException {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        Map<String, ZipEntry> entries = entries(DataArchive.zip(files(), DataPaths.DATA, LocalDate.of(2026, 11, 22)), contents);
        assertEquals(List.of("indsatskatalog-data/csv/a.csv", "indsatskatalog-data/csv/b.csv", "indsatskatalog-data/excel/a.csv",
            "indsatskatalog-data/indsatskatalog.json"), new ArrayList<>(entries.keySet()));
        assertArrayEquals(files().get("data/excel/a.csv"), contents.get("indsatskatalog-data/excel/a.csv"));
    }

    @Test void everyEntryCarriesTheReleaseDateAndNoExtraFields() throws IOException {
        for (ZipEntry e : entries(DataArchive.zip(files(), DataPaths.DATA, LocalDate.of(2026, 11, 22)), new LinkedHashMap<>()).values()) {
            assertEquals(LocalDateTime.of(2026, 11, 22, 0, 0), e.getTimeLocal(), e.getName());
            assertNull(e.getExtra(), e.getName());
            assertNull(e.getComment(), e.getName());
        }
    }

    @Test void theSameFilesGiveTheSameBytesWhateverTheirInsertionOrderOrTheTimeZone() {
        byte[] first = DataArchive.zip(files(), DataPaths.DATA, LocalDate.of(2026, 11, 22));
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Kiritimati"));
            SortedMap<String, byte[]> reordered = new TreeMap<>();
            List<Map.Entry<String, byte[]>> list = new ArrayList<>(files().entrySet());
            java.util.Collections.reverse(list);
            list.forEach(e -> reordered.put(e.getKey(), e.getValue()));
            assertArrayEquals(first, DataArchive.zip(reordered, DataPaths.DATA, LocalDate.of(2026, 11, 22)));
        } finally {
            java.util.TimeZone.setDefault(zone);
        }
    }

    @Test void aFormatArchiveHoldsOnlyItsFolder() throws IOException {
        assertEquals(List.of("indsatskatalog-data/csv/a.csv", "indsatskatalog-data/csv/b.csv"),
            new ArrayList<>(entries(DataArchive.zip(files(), DataPaths.CSV, LocalDate.of(2026, 11, 22)), new LinkedHashMap<>()).keySet()));
    }

    @Test void aDateBeforeTheZipFormatsRangeIsStampedAtItsStart() throws IOException {
        for (ZipEntry e : entries(DataArchive.zip(files(), DataPaths.DATA, LocalDate.EPOCH), new LinkedHashMap<>()).values()) {
            assertEquals(LocalDateTime.of(1980, 1, 2, 0, 0), e.getTimeLocal());
            assertNull(e.getExtra());
        }
    }

    @Test void sizesReadAsDanishReadersWriteThem() {
        assertEquals(List.of("820 byte", "1,0 kB", "3,4 kB", "56 kB", "1,2 MB", "557 MB", "2,0 GB"),
            Arrays.stream(new long[] {820, 1_000, 3_412, 56_300, 1_234_567, 556_900_000, 2_000_000_000L}).mapToObj(FileSizes::danish).toList());
    }
}
