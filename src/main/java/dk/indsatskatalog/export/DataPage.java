package dk.indsatskatalog.export;

import java.util.List;

/**
 * The "Åbne data" page: which release the site shows, every file, every field, the licence and how
 * to cite; {@code jsonLd} is its schema.org Dataset description, already script-safe.
 */
public record DataPage(String path, String title, Release release, String publisher, String license,
                       List<FileDoc> files, List<FieldDoc> entryFields, List<FieldDoc> vocabularyFields, List<TableDoc> tables,
                       List<VocabularyDoc> vocabularies, List<FeedDoc> feeds, String citation, String jsonLd) {

    /** A published file (site-relative path) and what it is. */
    public record FileDoc(String path, String format, String description) {}

    /** A field of the JSON entry shape, as a dotted path. */
    public record FieldDoc(String name, String type, String description) {}

    /** A CSV table with its two copies and its columns. */
    public record TableDoc(String name, String title, String description, String csvPath, String excelPath, String key,
                           List<CsvTable.Column> columns, int rows) {}

    public record VocabularyDoc(String id, String title, String uri, String pagePath, String jsonPath, String turtlePath,
                                int terms) {}

    public record FeedDoc(String title, String path) {}
}
