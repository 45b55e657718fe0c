package dk.indsatskatalog.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dk.indsatskatalog.site.SiteInfo;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code data/datapackage.json}: a Frictionless Data Package (v2) listing every CSV table with its
 * Table Schema (types, required fields, keys), size and SHA-256 hash, plus the JSON catalogue.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DataPackage(@JsonProperty("$schema") String profile, String name, String id, String title,
                          String description, String version, String homepage, List<License> licenses,
                          List<String> keywords, List<Contributor> contributors, List<Resource> resources) {
    public static final String PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";
    public static final String TABLE_SCHEMA_PROFILE = "https://datapackage.org/profiles/2.0/tableschema.json";

    public record License(String name, String path, String title) {}

    public record Contributor(String title, List<String> roles) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Resource(String name, String path, String type, String title, String description, String format,
                           String mediatype, String encoding, long bytes, String hash, Dialect dialect, TableSchema schema) {}

    public record Dialect(boolean header, String delimiter, String lineTerminator, String quoteChar, boolean doubleQuote) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record TableSchema(@JsonProperty("$schema") String profile, List<Field> fields, List<String> missingValues,
                              List<String> primaryKey, List<ForeignKey> foreignKeys) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Field(String name, String type, String description, Constraints constraints) {}

    public record Constraints(boolean required) {}

    public record ForeignKey(List<String> fields, Reference reference) {}

    public record Reference(String resource, List<String> fields) {}

    /** The package for {@code tables}, whose files as written give sizes and hashes. */
    static DataPackage of(SiteInfo site, Release release, String publisher, List<CsvTable> tables, DataSink files) {
        List<Resource> resources = new ArrayList<>();
        DataSink.Facts json = files.facts(DataPaths.CATALOGUE_JSON);
        resources.add(new Resource("indsatskatalog", relative(DataPaths.CATALOGUE_JSON), null, "Hele kataloget som JSON",
            "Alle indsatser og vokabularer i ét dokument; formen er beskrevet i " + relative(DataPaths.CATALOGUE_SCHEMA) + ".",
            "json", "application/json", "utf-8", json.size(), "sha256:" + json.sha256(), null, null));
        for (CsvTable table : tables) {
            String path = DataPaths.CSV + table.fileName();
            DataSink.Facts bytes = files.facts(path);
            List<Field> fields = table.columns().stream().map(c -> new Field(c.name(), c.type(), c.description(),
                c.required() ? new Constraints(true) : null)).toList();
            List<ForeignKey> keys = table.foreignKeys().stream()
                .map(k -> new ForeignKey(k.fields(), new Reference(k.resource(), k.referencedFields()))).toList();
            resources.add(new Resource(table.name(), relative(path), "table", table.title(), table.description(), "csv",
                "text/csv", "utf-8", bytes.size(), "sha256:" + bytes.sha256(),
                new Dialect(true, ",", "\r\n", "\"", true),
                new TableSchema(TABLE_SCHEMA_PROFILE, fields, List.of(""), table.primaryKey(), keys)));
        }
        return new DataPackage(PROFILE, "indsatskatalog", DataPaths.absolute(site, DataPaths.DATA_PACKAGE), JsonExport.TITLE,
            JsonExport.description(), release.id(), DataPaths.absolute(site, DataPaths.DATA_PAGE),
            List.of(new License("CC-BY-4.0", JsonExport.LICENSE, "Creative Commons Attribution 4.0")),
            List.of("boligsociale indsatser", "almene boliger", "evidens", "udsatte boligområder", "Danmark"),
            List.of(new Contributor(publisher, List.of("publisher"))), resources);
    }

    /** Paths inside the package are relative to data/, where datapackage.json lies. */
    static String relative(String sitePath) { return sitePath.substring(DataPaths.DATA.length()); }
}
