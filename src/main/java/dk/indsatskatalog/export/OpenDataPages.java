package dk.indsatskatalog.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.Term;
import dk.indsatskatalog.problem.Messages;
import dk.indsatskatalog.site.GeneratedPage;
import dk.indsatskatalog.site.JsonLd;
import dk.indsatskatalog.site.LatePages;
import dk.indsatskatalog.site.PageContributor;
import dk.indsatskatalog.site.SiteInfo;
import dk.indsatskatalog.site.UrlPaths;

import java.util.ArrayList;
import java.util.List;

/**
 * Adds one page per vocabulary (so every term URI resolves to HTML) to the render, and the "Åbne data"
 * page after the export ({@link #dataPage()}), since it shows the sizes and checksums of what was written.
 */
public final class OpenDataPages implements PageContributor {
    static final String DATA_TYPE = "opendata";
    static final String VOCABULARY_TYPE = "vocabulary";
    /** The Danish words of the data and vocabulary pages, the feeds and the data set's descriptions. */
    static final Messages TEXTS = Messages.of(OpenDataPages.class, "opendata.properties");

    /** The JSON entry shape, field by field (the same fields make up data/indsatser/&lt;id&gt;.json). */
    static final List<DataPage.FieldDoc> ENTRY_FIELDS = List.of(
        field("entry", "id"),
        field("entry", "url"),
        field("entry", "source"),
        field("entry", "name.da, name.en"),
        field("entry", "summary.da, summary.en"),
        field("entry", "description"),
        field("entry", "descriptionSources"),
        field("entry", "targetGroups[], themes[]"),
        field("entry", "ageRange.min, .max, .note"),
        field("entry", "resources.deliveredBy, .staffing, .duration"),
        field("entry", "resources.costBand"),
        field("entry", "resources.cost.text, .minDkk, .maxDkk, .sources"),
        field("entry", "resources.sources"),
        field("entry", "anchoring[].strategy, .how, .sources"),
        field("entry", "partners[].name, .role"),
        field("entry", "places[].municipality, .area, .sources"),
        field("entry", "related"),
        field("entry", "searchWords"),
        field("entry", "knowledgeGaps"),
        field("entry", "lastReviewed"),
        field("entry", "evidence.level"),
        field("entry", "evidence.levelSetBy"),
        field("entry", "evidence.relatedEvidence[]"),
        field("entry", "evidence.noEffectFlag"),
        field("entry", "evidence.nextStep"),
        field("entry", "evidence.sources"),
        field("entry", "evidence.outcomes[].no, .domain, .direction, .finding"),
        field("entry", "evidence.outcomes[].kind, .about, .scope"),
        field("entry", "evidence.outcomes[].sources"),
        field("entry", "evidence.outcomes[].level, .rubricClass, .levelSetBy"),
        field("entry", "evidence.outcomes[].countsForHeadline, .evidenceFromElsewhere, .noEffectFlag"));

    /** The JSON shape of a vocabulary (data/vokabularer/&lt;id&gt;.json and the catalogue's vocabularies). */
    static final List<DataPage.FieldDoc> VOCABULARY_FIELDS = List.of(
        field("vocabulary", "id, uri"),
        field("vocabulary", "title.da, title.en, description"),
        field("vocabulary", "terms[].code, .uri"),
        field("vocabulary", "terms[].label.da, .label.en, .description"),
        field("vocabulary", "terms[].number"),
        field("vocabulary", "terms[].rubricClass"),
        field("vocabulary", "terms[].comparison"),
        field("vocabulary", "terms[].measuresEffect"));

    private final OpenDataFiles openData;

    /** With the record of what the build's export and archives wrote ({@link OpenDataExport}, {@link DataArchiveStage}). */
    public OpenDataPages(OpenDataFiles openData) { this.openData = openData; }

    /** The vocabulary pages. */
    @Override
    public List<GeneratedPage> pages(Catalogue catalogue, SiteInfo site) {
        List<Vocabulary> vocabularies = new Vocabularies(site).all(catalogue.taxonomies());
        List<DataPage.VocabularyDoc> vocabularyDocs = vocabularyDocs(vocabularies);
        List<GeneratedPage> pages = new ArrayList<>();
        pages.add(new GeneratedPage(VOCABULARY_TYPE, UrlPaths.file(DataPaths.VOCABULARY_PAGES),
            new VocabularyPage(DataPaths.VOCABULARY_PAGES, TEXTS.get("vocabularies.title"), null, null, null, vocabularyDocs)));
        for (Vocabulary v : vocabularies) {
            pages.add(new GeneratedPage(VOCABULARY_TYPE, UrlPaths.file(DataPaths.vocabularyPage(v.id())),
                new VocabularyPage(DataPaths.vocabularyPage(v.id()), TEXTS.get("vocabulary.title", v.title().da()), v,
                    DataPaths.VOCABULARIES + v.id() + ".json", DataPaths.VOCABULARIES + v.id() + ".ttl", vocabularyDocs)));
        }
        return pages;
    }

    /** The "Åbne data" page, written after the export and the archives; it lets their record go once made. */
    public LatePages dataPage() {
        return new LatePages(List.of(UrlPaths.file(DataPaths.DATA_PAGE)), (catalogue, site) -> {
            OpenDataFiles.Written written = openData.written();
            try {
                return List.of(new GeneratedPage(DATA_TYPE, UrlPaths.file(DataPaths.DATA_PAGE), dataPage(catalogue, site, written,
                    vocabularyDocs(new Vocabularies(site).all(catalogue.taxonomies())))));
            } finally {
                openData.forget();
            }
        });
    }

    private static List<DataPage.VocabularyDoc> vocabularyDocs(List<Vocabulary> vocabularies) {
        return vocabularies.stream().map(v -> new DataPage.VocabularyDoc(v.id(),
            v.title().da(), v.uri(), DataPaths.vocabularyPage(v.id()), DataPaths.VOCABULARIES + v.id() + ".json",
            DataPaths.VOCABULARIES + v.id() + ".ttl", v.terms().size())).toList();
    }

    private DataPage dataPage(Catalogue catalogue, SiteInfo site, OpenDataFiles.Written written, List<DataPage.VocabularyDoc> vocabularies) {
        Release release = written.release();
        String publisher = OpenDataExport.publisher(site);
        List<DataPage.TableDoc> tables = written.tables().stream()
            .map(t -> new DataPage.TableDoc(t.name(), t.title(), t.description(), DataPaths.CSV + t.fileName(),
                DataPaths.EXCEL + t.fileName(), String.join(", ", t.primaryKey()), t.columns(), t.rows(),
                FileSizes.danish(written.size(DataPaths.CSV + t.fileName())),
                FileSizes.danish(written.size(DataPaths.EXCEL + t.fileName())))).toList();
        DataPage.Download everything = button(written, DataArchive.ALL, "download.all", null, true);
        List<DataPage.Download> formats = List.of(
            button(written, DataPaths.CATALOGUE_JSON, "download.catalogue", null, false),
            button(written, DataArchive.CSV, "download.csv", tables.size(), true),
            button(written, DataArchive.EXCEL, "download.excel", tables.size(), true),
            button(written, DataPaths.DCAT, "download.dcat", null, false));
        List<DataPage.FileDoc> files = List.of(
            file(DataPaths.CATALOGUE_JSON, "file.catalogue_json"),
            file(DataPaths.ENTRIES_JSON + "<id>.json", "file.entries_json.json"),
            file(EvidenceMapData.JSON, "file.evidence_map"),
            file(DataPaths.CSV + "<tabel>.csv", "file.csv.csv"),
            file(DataPaths.EXCEL + "<tabel>.csv", "file.excel.csv"),
            file(DataPaths.VOCABULARIES + "<vokabular>.json", "file.vocabularies.json"),
            file(DataPaths.VOCABULARIES + "<vokabular>.ttl", "file.vocabularies.ttl"),
            file(DataPaths.CATALOGUE_SCHEMA, "file.catalogue_schema"),
            file(DataPaths.ENTRY_SCHEMA, "file.entry_schema"),
            file(DataPaths.SOURCE_SCHEMA, "file.source_schema"),
            file(DataPaths.VOCABULARY_SCHEMA, "file.vocabulary_schema"),
            file(DataPaths.DATA_PACKAGE, "file.data_package"),
            file(DataPaths.DCAT, "file.dcat"),
            file(DataPaths.RELEASE, "file.release"),
            file(DataPaths.CHECKSUMS, "file.checksums"),
            file(DataPaths.FEED, "file.feed"),
            file(DataPaths.SITEMAP, "file.sitemap"))
            .stream().map(f -> f.sized(f.path().startsWith(DataPaths.DATA) ? FileSizes.danish(sizeOf(written, f.path())) : null)).toList();
        List<DataPage.FeedDoc> feeds = new ArrayList<>();
        feeds.add(new DataPage.FeedDoc(TEXTS.get("feed.all"), DataPaths.FEED));
        for (Term theme : catalogue.taxonomies().themes()) feeds.add(new DataPage.FeedDoc(theme.label(), DataPaths.themeFeed(theme.code())));
        String pageUrl = DataPaths.absolute(site, DataPaths.DATA_PAGE);
        String citation = TEXTS.get("citation", publisher, release.date().getYear(), site.title(), release.id(), pageUrl);
        return new DataPage(DataPaths.DATA_PAGE, TEXTS.get("data.title"), release, publisher, JsonExport.LICENSE, everything, formats,
            DataArchive.CHECKSUMS, files, ENTRY_FIELDS, VOCABULARY_FIELDS, tables,
            vocabularies, feeds, citation, jsonLd(site, release, publisher, pageUrl, tables));
    }

    /** A download button: its label and format from the bundle ({@code count} fills the label), its size, an archive's SHA-256. */
    private static DataPage.Download button(OpenDataFiles.Written written, String path, String key, Integer count, boolean archive) {
        String label = count == null ? TEXTS.get(key + ".label") : TEXTS.get(key + ".label", count);
        return new DataPage.Download(path, label, TEXTS.get(key + ".format"), FileSizes.danish(written.size(path)),
            archive ? written.sha256(path) : null);
    }

    /** A file's size, or for a pattern ({@code data/csv/<tabel>.csv}) the size of every file it stands for. */
    private static long sizeOf(OpenDataFiles.Written written, String path) {
        int open = path.indexOf('<');
        if (open < 0) return written.size(path);
        return written.folderSize(path.substring(0, open), path.substring(path.indexOf('>') + 1));
    }

    private static String jsonLd(SiteInfo site, Release release, String publisher, String pageUrl, List<DataPage.TableDoc> tables) {
        ObjectNode d = JsonLd.object("Dataset");
        d.put("@id", DataPaths.absolute(site, DataPaths.DCAT) + "#datasaet");
        d.put("name", TEXTS.get("dataset.name", site.title()));
        d.put("description", JsonExport.description());
        d.put("url", pageUrl);
        d.put("license", JsonExport.LICENSE);
        d.put("version", release.id());
        d.put("dateModified", release.date().toString());
        d.put("inLanguage", "da");
        d.put("isAccessibleForFree", true);
        ArrayNode keywords = d.putArray("keywords");
        for (String word : TEXTS.get("dataset.keywords").split(",")) keywords.add(word.strip());
        ObjectNode creator = d.putObject("creator");
        creator.put("@type", "Organization");
        creator.put("name", publisher);
        d.set("publisher", creator.deepCopy());
        d.put("spatialCoverage", TEXTS.get("dataset.coverage"));
        ArrayNode distribution = d.putArray("distribution");
        distribution.add(download(site, DataArchive.ALL, "application/zip"));
        distribution.add(download(site, DataPaths.CATALOGUE_JSON, "application/json"));
        distribution.add(download(site, DataPaths.DATA_PACKAGE, "application/json"));
        for (DataPage.TableDoc t : tables) distribution.add(download(site, t.csvPath(), "text/csv"));
        return JsonLd.script(d);
    }

    private static ObjectNode download(SiteInfo site, String path, String type) {
        ObjectNode o = JsonLd.object("DataDownload");
        o.put("contentUrl", DataPaths.absolute(site, path));
        o.put("encodingFormat", type);
        return o;
    }

    /** A field of a JSON shape ({@code list} is entry or vocabulary), with its type and description from the bundle. */
    private static DataPage.FieldDoc field(String list, String name) {
        String key = list + "." + name.replaceAll("[^A-Za-z0-9.]+", "_").replaceAll("^_|_$", "");
        return new DataPage.FieldDoc(name, TEXTS.get(key + ".type"), TEXTS.get(key + ".description"));
    }

    /** A published file, with its format and description from the bundle. */
    private static DataPage.FileDoc file(String path, String key) {
        return new DataPage.FileDoc(path, TEXTS.get(key + ".format"), TEXTS.get(key + ".description"));
    }
}
