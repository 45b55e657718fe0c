package dk.indsatskatalog.export;

import java.util.List;

/**
 * The "Åbne data" page: "Hent alt" (one archive with its SHA-256), one button per format with its
 * size, which release the site shows, every file, every field, the licence and how to cite;
 * {@code jsonLd} is its schema.org Dataset description, already script-safe.
 */
public record DataPage(String path, String title, Release release, String publisher, String license,
                       Download everything, List<Download> formats, String archiveChecksums,
                       List<FileDoc> files, List<FieldDoc> entryFields, List<FieldDoc> vocabularyFields, List<TableDoc> tables,
                       List<VocabularyDoc> vocabularies, List<FeedDoc> feeds, String citation, String jsonLd) {

    /** A file to download: site path, what it holds, its format, its size in Danish ("1,2 MB"); the SHA-256 of an archive, else null. */
    public record Download(String path, String label, String format, String size, String sha256) {}

    /** A published file (site-relative path, or a pattern like {@code data/indsatser/<id>.json}), what it is, and its size (all matching files together). */
    public record FileDoc(String path, String format, String description, String size) {
        public FileDoc(String path, String format, String description) { this(path, format, description, null); }

        FileDoc sized(String size) { return new FileDoc(path, format, description, size); }
    }

    /** A field of the JSON entry shape, as a dotted path. */
    public record FieldDoc(String name, String type, String description) {}

    /** A CSV table with its two copies, their sizes, and its columns. */
    public record TableDoc(String name, String title, String description, String csvPath, String excelPath, String key,
                           List<CsvTable.Column> columns, int rows, String csvSize, String excelSize) {}

    public record VocabularyDoc(String id, String title, String uri, String pagePath, String jsonPath, String turtlePath,
                                int terms) {}

    public record FeedDoc(String title, String path) {}
}
