package dk.indsatskatalog.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.Slug;
import dk.indsatskatalog.schema.DataSchemas;
import dk.indsatskatalog.site.OutputStage;
import dk.indsatskatalog.site.EvidenceMap;
import dk.indsatskatalog.site.SiteInfo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The export stage: streams every open-data file into the staging folder, one at a time, counting each
 * file's size and SHA-256 as it is written, so the checksums, the data package and DCAT describe exactly
 * the bytes written; the counts are handed to {@link OpenDataFiles} for the archives and the data page.
 */
public final class OpenDataExport implements OutputStage {
    private final OpenDataFiles openData;

    /** Keeps what it wrote to itself (a build without a data page, e.g. in tests). */
    public OpenDataExport() { this(new OpenDataFiles()); }

    /** Records what it wrote in {@code openData}, for the archives and the data page. */
    public OpenDataExport(OpenDataFiles openData) { this.openData = openData; }

    @Override
    public void write(Catalogue catalogue, SiteInfo site, Path siteDir) throws IOException {
        Release release = Release.of(catalogue, site.history());
        DataSink sink = DataSink.folder(siteDir);
        List<OpenDataFiles.Table> tables = export(catalogue, site, release, sink);
        openData.exported(release, sink.facts(), tables);
    }

    /** The sitemap and robots.txt: the sitemap lists the pages actually rendered, so it runs after the render. */
    public static final OutputStage SITEMAP = (catalogue, site, siteDir) -> {
        Files.write(siteDir.resolve(DataPaths.SITEMAP), Sitemap.sitemap(catalogue, site, siteDir));
        Files.write(siteDir.resolve(DataPaths.ROBOTS), Sitemap.robots(site));
    };

    /** Every file of the release in memory, by site-relative path (for tests; a build streams them). */
    public static SortedMap<String, byte[]> files(Catalogue catalogue, SiteInfo site, Release release) {
        DataSink.Memory sink = DataSink.memory();
        try {
            export(catalogue, site, release, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeMap<>(sink.files());
    }

    /**
     * Writes every file of the release into {@code sink}, one at a time: the catalogue JSON is streamed,
     * each table is written row by row, and only each file's size and hash are kept for the checksums,
     * the data package and DCAT. Returns the tables with the rows written, for the data page.
     */
    static List<OpenDataFiles.Table> export(Catalogue catalogue, SiteInfo site, Release release, DataSink sink) throws IOException {
        JsonExport json = new JsonExport(site);
        CatalogueJson whole = json.catalogue(catalogue, release);
        try (OutputStream out = sink.open(DataPaths.CATALOGUE_JSON)) {
            JsonExport.write(whole, out);
        }
        String entrySchema = DataPaths.absolute(site, DataPaths.ENTRY_SCHEMA);
        for (CatalogueJson.Entry entry : whole.interventions()) { // mapped once, for the catalogue and its own file
            sink.write(DataPaths.entryJson(new Slug(entry.id())), JsonExport.bytes(entry.withSchema(entrySchema)));
        }
        for (Vocabulary vocabulary : whole.vocabularies()) {
            sink.write(DataPaths.VOCABULARIES + vocabulary.id() + ".json", JsonExport.bytes(vocabulary));
            sink.write(DataPaths.VOCABULARIES + vocabulary.id() + ".ttl", SkosExport.turtle(vocabulary));
        }
        for (String file : DataSchemas.FILES) {
            ObjectNode schema = DataSchemas.read(file);
            schema.put("$id", DataPaths.absolute(site, DataPaths.SCHEMAS + file));
            sink.write(DataPaths.SCHEMAS + file, JsonExport.bytes(schema));
        }
        List<EvidenceMap> maps = EvidenceMap.of(catalogue);
        List<CsvTable> tables = CsvTables.with(CsvTables.of(whole), EvidenceMapData.table(maps));
        sink.write(EvidenceMapData.JSON, JsonExport.bytes(EvidenceMapData.json(maps, site)));
        List<OpenDataFiles.Table> written = new java.util.ArrayList<>();
        for (CsvTable table : tables) {
            int rows = 0;
            for (CsvFormat format : CsvFormat.values()) {
                try (OutputStream out = sink.open((format == CsvFormat.RFC_4180 ? DataPaths.CSV : DataPaths.EXCEL) + table.fileName())) {
                    rows = format.write(table, out);
                }
            }
            written.add(new OpenDataFiles.Table(table.name(), table.title(), table.description(), table.fileName(),
                table.primaryKey(), table.columns(), rows));
        }
        String publisher = publisher(site);
        sink.write(DataPaths.DATA_PACKAGE, JsonExport.bytes(DataPackage.of(site, release, publisher, tables, sink)));
        sink.write(DataPaths.DCAT, DcatExport.turtle(site, release, publisher, tables, whole.vocabularies(), whole.sources(), sink));
        AtomFeeds.write(catalogue, site, release, publisher, sink);
        sink.write(DataPaths.RELEASE, JsonExport.bytes(new ReleaseJson(release.id(), release.date().toString(), release.commit(),
            JsonExport.LICENSE)));
        sink.write(DataPaths.CHECKSUMS, checksums(sink.facts()));
        return written;
    }

    /** Who publishes the data: the publisher set once in jbake.properties. */
    static String publisher(SiteInfo site) {
        return site.publisher().name();
    }

    /** {@code release.json}: which release the files are. */
    public record ReleaseJson(String release, String lastReviewed, String commit, String license) {}

    /** {@code sha256sum} format ("hash  path", relative to data/), sorted by path; {@code sha256sum -c} checks it. */
    static byte[] checksums(SortedMap<String, DataSink.Facts> files) {
        StringBuilder out = new StringBuilder();
        files.forEach((path, facts) -> {
            if (path.startsWith(DataPaths.DATA) && !path.equals(DataPaths.CHECKSUMS)) {
                out.append(facts.sha256()).append("  ").append(path.substring(DataPaths.DATA.length())).append('\n');
            }
        });
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
