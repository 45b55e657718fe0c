package dk.indsatskatalog.export;

import dk.indsatskatalog.model.Slug;
import dk.indsatskatalog.schema.DataSchemas;
import dk.indsatskatalog.site.SiteInfo;

import java.util.List;

/** Where the open-data files and pages live, relative to the site root; one place so pages, files and docs agree. */
public final class DataPaths {
    public static final String DATA = "data/";
    public static final String CATALOGUE_JSON = DATA + "indsatskatalog.json";
    public static final String ENTRIES_JSON = DATA + "indsatser/";
    public static final String CSV = DATA + "csv/";
    public static final String EXCEL = DATA + "excel/";
    public static final String VOCABULARIES = DATA + "vokabularer/";
    public static final String SCHEMAS = DATA + "schema/";
    public static final String CATALOGUE_SCHEMA = SCHEMAS + DataSchemas.CATALOGUE;
    public static final String ENTRY_SCHEMA = SCHEMAS + DataSchemas.ENTRY;
    public static final String SOURCE_SCHEMA = SCHEMAS + DataSchemas.SOURCE;
    public static final String VOCABULARY_SCHEMA = SCHEMAS + DataSchemas.VOCABULARY;
    /** Every published schema. */
    public static final List<String> SCHEMA_PATHS = DataSchemas.FILES.stream().map(f -> SCHEMAS + f).toList();
    public static final String DATA_PACKAGE = DATA + "datapackage.json";
    public static final String DCAT = DATA + "dcat.ttl";
    public static final String RELEASE = DATA + "release.json";
    public static final String CHECKSUMS = DATA + "SHA256SUMS";
    public static final String FEED = "feed.xml";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    /** The "Åbne data" page. */
    public static final String DATA_PAGE = dk.indsatskatalog.site.UrlPaths.OPEN_DATA;
    /** HTML pages behind the vocabulary URIs. */
    public static final String VOCABULARY_PAGES = "vokabularer/";

    private DataPaths() {}

    public static String entryJson(Slug slug) { return ENTRIES_JSON + slug.value() + ".json"; }
    public static String themeFeed(String code) { return "temaer/" + code + "/feed.xml"; }
    public static String vocabularyPage(String scheme) { return VOCABULARY_PAGES + scheme + "/"; }

    /** The absolute address of a site-relative path, from {@code site.host}. */
    public static String absolute(SiteInfo site, String path) {
        return site.absolute(path);
    }

    /** A term's permanent URI: the vocabulary page with the code as fragment. */
    public static String termUri(SiteInfo site, String scheme, String code) {
        return absolute(site, vocabularyPage(scheme)) + "#" + code;
    }
}
