package dk.indsatskatalog.export;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one build published as open data: each file's and each archive's size and SHA-256, as counted
 * while they were written. The export and the archive stage record here; the data page, rendered after
 * them, reads it to show sizes and checksums, then lets it go, so {@code serve} holds nothing between
 * builds. Only facts are kept, never bytes.
 */
public final class OpenDataFiles {
    private Release release;
    private SortedMap<String, DataSink.Facts> files;
    private List<Table> tables;
    private final SortedMap<String, DataSink.Facts> archives = new TreeMap<>();

    /** A published table as the data page describes it, with the rows counted as they were written. */
    public record Table(String name, String title, String description, String fileName, List<String> primaryKey,
                        List<CsvTable.Column> columns, int rows) {}

    /** One build's files, tables and archives, by site path. */
    public record Written(Release release, SortedMap<String, DataSink.Facts> files, List<Table> tables,
                          SortedMap<String, DataSink.Facts> archives) {
        /** The size in bytes of a file or an archive. */
        public long size(String path) {
            DataSink.Facts facts = files.containsKey(path) ? files.get(path) : archives.get(path);
            if (facts == null) throw new IllegalArgumentException("not a published file: " + path);
            return facts.size();
        }

        /** An archive's SHA-256 (hex). */
        public String sha256(String archive) {
            DataSink.Facts facts = archives.get(archive);
            if (facts == null) throw new IllegalArgumentException("not a published archive: " + archive);
            return facts.sha256();
        }

        /** The total size of the files whose path starts with {@code prefix} and ends with {@code suffix}, in that folder only. */
        public long folderSize(String prefix, String suffix) {
            return files.entrySet().stream().filter(f -> f.getKey().startsWith(prefix) && f.getKey().endsWith(suffix)
                && f.getKey().indexOf('/', prefix.length()) < 0).mapToLong(f -> f.getValue().size()).sum();
        }

        /** {@code sha256sum} lines for the archives, paths relative to their folder. */
        byte[] archiveChecksums() {
            StringBuilder out = new StringBuilder();
            archives.forEach((path, facts) -> out.append(facts.sha256()).append("  ")
                .append(path.substring(DataArchive.FOLDER.length())).append('\n'));
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The export wrote {@code written} for {@code release}; any earlier build's record is dropped. */
    synchronized void exported(Release release, SortedMap<String, DataSink.Facts> written, List<Table> tables) {
        this.release = release;
        this.files = Collections.unmodifiableSortedMap(new TreeMap<>(written));
        this.tables = List.copyOf(tables);
        this.archives.clear();
    }

    /** The archive stage wrote {@code path}. */
    synchronized void archived(String path, DataSink.Facts facts) {
        archives.put(path, facts);
    }

    /** What the build wrote; fails when the export has not run. */
    public synchronized Written written() {
        if (files == null) throw new IllegalStateException("the open-data export has not run in this build");
        return new Written(release, files, tables, Collections.unmodifiableSortedMap(new TreeMap<>(archives)));
    }

    /** Drops the record: the page that shows it is written. */
    public synchronized void forget() {
        release = null;
        files = null;
        tables = null;
        archives.clear();
    }
}
