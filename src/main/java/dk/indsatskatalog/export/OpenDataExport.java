package dk.indsatskatalog.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.schema.DataSchemas;
import dk.indsatskatalog.site.OutputStage;
import dk.indsatskatalog.site.SiteInfo;

import java.io.IOException;
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
 * The export stage: writes every open-data file into the staging folder. All files are made in memory
 * first (a sorted map of site-relative path to bytes), so the checksums and the data package can
 * describe exactly the bytes that are written.
 */
public final class OpenDataExport implements OutputStage {
    private final OpenDataFiles openData;

    /** Makes the files itself. */
    public OpenDataExport() { this(new OpenDataFiles()); }

    /** Writes the files {@code openData} made for the build (the data page has already shown their sizes). */
    public OpenDataExport(OpenDataFiles openData) { this.openData = openData; }

    @Override
    public void write(Catalogue catalogue, SiteInfo site, Path siteDir) throws IOException {
        for (Map.Entry<String, byte[]> file : openData.of(catalogue, site).files().entrySet()) {
            Path target = siteDir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        // The sitemap lists the pages actually rendered, so it is made from the staging folder last.
        Files.write(siteDir.resolve(DataPaths.SITEMAP), Sitemap.sitemap(catalogue, site, siteDir));
        Files.write(siteDir.resolve(DataPaths.ROBOTS), Sitemap.robots(site));
    }

    /** Every file of the release, by site-relative path. */
    public static SortedMap<String, byte[]> files(Catalogue catalogue, SiteInfo site, Release release) {
        SortedMap<String, byte[]> data = new TreeMap<>();
        JsonExport json = new JsonExport(site);
        CatalogueJson whole = json.catalogue(catalogue, release);
        data.put(DataPaths.CATALOGUE_JSON, JsonExport.bytes(whole));
        catalogue.interventions().forEach(i -> data.put(DataPaths.entryJson(i.slug()), JsonExport.bytes(json.entry(i, true))));
        for (Vocabulary vocabulary : whole.vocabularies()) {
            data.put(DataPaths.VOCABULARIES + vocabulary.id() + ".json", JsonExport.bytes(vocabulary));
            data.put(DataPaths.VOCABULARIES + vocabulary.id() + ".ttl", SkosExport.turtle(vocabulary));
        }
        for (String file : DataSchemas.FILES) {
            ObjectNode schema = DataSchemas.read(file);
            schema.put("$id", DataPaths.absolute(site, DataPaths.SCHEMAS + file));
            data.put(DataPaths.SCHEMAS + file, JsonExport.bytes(schema));
        }
        List<CsvTable> tables = CsvTables.with(CsvTables.of(whole), EvidenceMapData.table(catalogue));
        data.put(EvidenceMapData.JSON, JsonExport.bytes(EvidenceMapData.json(catalogue, site)));
        for (CsvTable table : tables) {
            data.put(DataPaths.CSV + table.fileName(), CsvFormat.RFC_4180.write(table));
            data.put(DataPaths.EXCEL + table.fileName(), CsvFormat.EXCEL_DA.write(table));
        }
        String publisher = publisher(site);
        data.put(DataPaths.DATA_PACKAGE, JsonExport.bytes(DataPackage.of(site, release, publisher, tables, data)));
        data.put(DataPaths.DCAT, DcatExport.turtle(site, release, publisher, tables, whole.vocabularies(), whole.sources(), data));
        data.putAll(AtomFeeds.files(catalogue, site, release, publisher));
        data.put(DataPaths.RELEASE, JsonExport.bytes(new ReleaseJson(release.id(), release.date().toString(), release.commit(),
            JsonExport.LICENSE)));
        data.put(DataPaths.CHECKSUMS, checksums(data));
        return data;
    }

    /** Who publishes the data: the publisher set once in jbake.properties. */
    static String publisher(SiteInfo site) {
        return site.publisher().name();
    }

    /** {@code release.json}: which release the files are. */
    public record ReleaseJson(String release, String lastReviewed, String commit, String license) {}

    /** {@code sha256sum} format ("hash  path", relative to data/), sorted by path; {@code sha256sum -c} checks it. */
    static byte[] checksums(SortedMap<String, byte[]> files) {
        StringBuilder out = new StringBuilder();
        files.forEach((path, bytes) -> {
            if (path.startsWith(DataPaths.DATA) && !path.equals(DataPaths.CHECKSUMS)) {
                out.append(sha256(bytes)).append("  ").append(path.substring(DataPaths.DATA.length())).append('\n');
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
