package dk.indsatskatalog.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.Term;
import dk.indsatskatalog.site.GeneratedPage;
import dk.indsatskatalog.site.JsonLd;
import dk.indsatskatalog.site.PageContributor;
import dk.indsatskatalog.site.SiteInfo;
import dk.indsatskatalog.site.UrlPaths;

import java.util.ArrayList;
import java.util.List;

/** Adds the "Åbne data" page and one page per vocabulary (so every term URI resolves to HTML). */
public final class OpenDataPages implements PageContributor {
    static final String DATA_TYPE = "opendata";
    static final String VOCABULARY_TYPE = "vocabulary";

    /** The JSON entry shape, field by field (the same fields make up data/indsatser/&lt;id&gt;.json). */
    static final List<DataPage.FieldDoc> ENTRY_FIELDS = List.of(
        new DataPage.FieldDoc("id", "tekst", "Permanent id (slug): filnavn, URL og nøgle i alle tabeller."),
        new DataPage.FieldDoc("url", "URI", "Indsatsens side."),
        new DataPage.FieldDoc("source", "tekst", "Kildefilen i projektets repository."),
        new DataPage.FieldDoc("name.da, name.en", "tekst", "Navn; engelsk navn eller null."),
        new DataPage.FieldDoc("summary.da, summary.en", "tekst", "Kort resumé; engelsk resumé eller null."),
        new DataPage.FieldDoc("description", "Markdown", "Beskrivelse."),
        new DataPage.FieldDoc("descriptionSources", "liste af kilde-id", "Kilderne bag beskrivelsen."),
        new DataPage.FieldDoc("targetGroups[], themes[]", "begreb", "Målgrupper og temaer som {code, label, uri}; første tema er det primære."),
        new DataPage.FieldDoc("ageRange.min, .max, .note", "heltal, tekst", "Alder; null når den ikke er angivet."),
        new DataPage.FieldDoc("resources.deliveredBy, .staffing, .duration", "tekst", "Hvem, bemanding og varighed; null når kilderne ikke siger det."),
        new DataPage.FieldDoc("resources.costBand", "begreb", "Omkostningsniveau (ukendt, lav, mellem, hoej)."),
        new DataPage.FieldDoc("resources.cost.text, .minDkk, .maxDkk, .sources", "tekst, heltal", "Hvad kilderne siger om pris; kronebeløb kun når en kilde angiver dem."),
        new DataPage.FieldDoc("resources.sources", "liste af kilde-id", "Kilderne bag ressourcefelterne."),
        new DataPage.FieldDoc("anchoring[].strategy, .how, .sources", "begreb, tekst", "Forankring: strategi, hvordan og kilder."),
        new DataPage.FieldDoc("partners[].name, .role", "tekst", "Samarbejdspartnere."),
        new DataPage.FieldDoc("places[].municipality, .area, .sources", "tekst", "Hvor indsatsen bruges ifølge kilderne."),
        new DataPage.FieldDoc("related", "liste af id", "Relaterede indsatser."),
        new DataPage.FieldDoc("searchWords", "liste af tekst", "Andre navne og søgeord."),
        new DataPage.FieldDoc("knowledgeGaps", "liste af tekst", "Det vides ikke."),
        new DataPage.FieldDoc("lastReviewed", "dato", "Hvornår redaktionen sidst gennemgik indsatsen (ÅÅÅÅ-MM-DD)."),
        new DataPage.FieldDoc("evidence.level", "niveau", "Evidensniveau {number 1–5, label, uri}: det højeste niveau blandt de positive fund om "
            + "deltagerne eller boligområdet, der handler om indsatsen selv (rubrik v2)."),
        new DataPage.FieldDoc("evidence.levelSetBy", "liste af heltal", "Numrene (no) på de fund, der sætter niveauet; tom når intet fund gør."),
        new DataPage.FieldDoc("evidence.relatedEvidence[]", "linje", "Evidens, der ikke sætter niveauet, men vises på sin egen linje: scope (begreb), "
            + "about (begreb eller null), level (niveau), outcome (fundets nummer), programme."),
        new DataPage.FieldDoc("evidence.noEffectFlag", "sand/falsk", "En undersøgelse med sammenligning fandt ingen eller negativ effekt for mindst ét fund."),
        new DataPage.FieldDoc("evidence.nextStep", "kode", "Hvilken ny evidens der kan løfte niveauet ét trin, fx comparison eller measured-change; none ved 5."),
        new DataPage.FieldDoc("evidence.sources", "liste af kilde-id", "Alle kilder, indsatsen citerer, også de undersøgelser en citeret omtale handler om. "
            + "Kilderne står én gang hver i sources øverst i indsatskatalog.json, med samme felter som tabellen sources.csv. "
            + "Ændrede niveauer med begrundelse står i levelChanges nederst i indsatskatalog.json, nyeste udgivelse først."),
        new DataPage.FieldDoc("evidence.outcomes[].no, .domain, .direction, .finding", "heltal, begreb, tekst", "Fundets nummer, effektområde, retning og fundet selv."),
        new DataPage.FieldDoc("evidence.outcomes[].kind, .about, .scope", "begreb", "Hvad fundet siger (effect, change, assessment, reach, experience), "
            + "hvem det handler om (participants, area, volunteers, staff) og hvad det er evidens for (intervention, related, broader)."),
        new DataPage.FieldDoc("evidence.outcomes[].sources", "liste af kilde-id", "Kilderne bag fundet."),
        new DataPage.FieldDoc("evidence.outcomes[].level, .rubricClass, .levelSetBy", "niveau, tekst, liste af kilde-id",
            "Fundets niveau (det laveste af, hvad fundtypen og den bedste undersøgelses klasse kan bære), den klasse og de undersøgelser, der sætter det."),
        new DataPage.FieldDoc("evidence.outcomes[].countsForHeadline, .evidenceFromElsewhere, .noEffectFlag", "sand/falsk",
            "Fundet kan sætte indsatsens niveau; undersøgelserne bag niveauet er lavet et andet sted end på indsatsen i danske boligområder; "
            + "en sammenligning fandt ingen eller negativ effekt."));

    /** The JSON shape of a vocabulary (data/vokabularer/&lt;id&gt;.json and the catalogue's vocabularies). */
    static final List<DataPage.FieldDoc> VOCABULARY_FIELDS = List.of(
        new DataPage.FieldDoc("id, uri", "tekst, URI", "Vokabularets id og URI."),
        new DataPage.FieldDoc("title.da, title.en, description", "tekst", "Navn og beskrivelse."),
        new DataPage.FieldDoc("terms[].code, .uri", "tekst, URI", "Begrebets kode og URI (vokabularets URI med koden som fragment)."),
        new DataPage.FieldDoc("terms[].label.da, .label.en, .description", "tekst", "Navn og definition; engelsk navn eller null."),
        new DataPage.FieldDoc("terms[].number", "heltal", "Kun evidensniveauer: 1–5; 0 er markeringen ingen effekt / mulig skade."),
        new DataPage.FieldDoc("terms[].rubricClass", "tekst", "Kun undersøgelsesdesign: hvor højt designet kan bære – causal, change, assessment, reach, experience eller description."),
        new DataPage.FieldDoc("terms[].comparison", "sand/falsk", "Kun undersøgelsesdesign: designet sammenligner med en gruppe uden indsatsen."),
        new DataPage.FieldDoc("terms[].measuresEffect", "sand/falsk", "Kun effektområder: false for områder, der beskriver gennemførelse."));

    private final OpenDataFiles openData;

    /** Makes the files itself. */
    public OpenDataPages() { this(new OpenDataFiles()); }

    /** With the build's files, so the page shows the sizes and checksums of what the export writes. */
    public OpenDataPages(OpenDataFiles openData) { this.openData = openData; }

    @Override
    public List<GeneratedPage> pages(Catalogue catalogue, SiteInfo site) {
        OpenDataFiles.Made made = openData.of(catalogue, site);
        Release release = made.release();
        List<Vocabulary> vocabularies = new Vocabularies(site).all(catalogue.taxonomies());
        List<DataPage.VocabularyDoc> vocabularyDocs = vocabularies.stream().map(v -> new DataPage.VocabularyDoc(v.id(),
            v.title().da(), v.uri(), DataPaths.vocabularyPage(v.id()), DataPaths.VOCABULARIES + v.id() + ".json",
            DataPaths.VOCABULARIES + v.id() + ".ttl", v.terms().size())).toList();
        List<GeneratedPage> pages = new ArrayList<>();
        pages.add(new GeneratedPage(DATA_TYPE, UrlPaths.file(DataPaths.DATA_PAGE),
            dataPage(catalogue, site, made, vocabularyDocs)));
        pages.add(new GeneratedPage(VOCABULARY_TYPE, UrlPaths.file(DataPaths.VOCABULARY_PAGES),
            new VocabularyPage(DataPaths.VOCABULARY_PAGES, "Vokabularer", null, null, null, vocabularyDocs)));
        for (Vocabulary v : vocabularies) {
            pages.add(new GeneratedPage(VOCABULARY_TYPE, UrlPaths.file(DataPaths.vocabularyPage(v.id())),
                new VocabularyPage(DataPaths.vocabularyPage(v.id()), "Vokabular: " + v.title().da(), v,
                    DataPaths.VOCABULARIES + v.id() + ".json", DataPaths.VOCABULARIES + v.id() + ".ttl", vocabularyDocs)));
        }
        return pages;
    }

    private DataPage dataPage(Catalogue catalogue, SiteInfo site, OpenDataFiles.Made made, List<DataPage.VocabularyDoc> vocabularies) {
        Release release = made.release();
        String publisher = OpenDataExport.publisher(site);
        CatalogueJson json = new JsonExport(site).catalogue(catalogue, release);
        List<DataPage.TableDoc> tables = CsvTables.with(CsvTables.of(json), EvidenceMapData.table(catalogue)).stream().map(t -> new DataPage.TableDoc(t.name(), t.title(),
            t.description(), DataPaths.CSV + t.fileName(), DataPaths.EXCEL + t.fileName(), String.join(", ", t.primaryKey()),
            t.columns(), t.rows().size(), FileSizes.danish(made.size(DataPaths.CSV + t.fileName())),
            FileSizes.danish(made.size(DataPaths.EXCEL + t.fileName())))).toList();
        DataPage.Download everything = new DataPage.Download(DataArchive.ALL, "Hent alt", "zip",
            FileSizes.danish(made.size(DataArchive.ALL)), made.archiveSha256().get(DataArchive.ALL));
        List<DataPage.Download> formats = List.of(
            new DataPage.Download(DataPaths.CATALOGUE_JSON, "Hele kataloget", "JSON", FileSizes.danish(made.size(DataPaths.CATALOGUE_JSON)), null),
            new DataPage.Download(DataArchive.CSV, tables.size() + " tabeller", "CSV i zip",
                FileSizes.danish(made.size(DataArchive.CSV)), made.archiveSha256().get(DataArchive.CSV)),
            new DataPage.Download(DataArchive.EXCEL, tables.size() + " tabeller til dansk Excel", "CSV i zip",
                FileSizes.danish(made.size(DataArchive.EXCEL)), made.archiveSha256().get(DataArchive.EXCEL)),
            new DataPage.Download(DataPaths.DCAT, "Beskrivelse til dataportaler", "DCAT-AP", FileSizes.danish(made.size(DataPaths.DCAT)), null));
        List<DataPage.FileDoc> files = List.of(
            new DataPage.FileDoc(DataPaths.CATALOGUE_JSON, "JSON", "Hele kataloget: udgivelse, licens, alle vokabularer, kilderegistret og alle indsatser."),
            new DataPage.FileDoc(DataPaths.ENTRIES_JSON + "<id>.json", "JSON",
                "Én fil pr. indsats, samme felter som i kataloget; kilderne står som id, som slås op i kilderegistret i indsatskatalog.json."),
            new DataPage.FileDoc(EvidenceMapData.JSON, "JSON", "Evidens- og hulkortets celler: for hver visning (målgruppe × tema, "
                + "målgruppe × resultatområde) rækker, kolonner og celler med targetGroup, column, count, highestLevel, gap (empty, "
                + "described eller null) og interventions. Samme celler som tabellen evidence_map."),
            new DataPage.FileDoc(DataPaths.CSV + "<tabel>.csv", "CSV (RFC 4180)",
                "Tabellerne til regneark og statistik: UTF-8 uden BOM, komma, CRLF. Til programmer og de fleste værktøjer."),
            new DataPage.FileDoc(DataPaths.EXCEL + "<tabel>.csv", "CSV til dansk Excel",
                "De samme tabeller med semikolon og BOM, så dansk Excel åbner dem korrekt ved dobbeltklik. "
                    + "Celler, Excel ville læse som formler (begynder med =, +, -, @), har en foranstillet apostrof."),
            new DataPage.FileDoc(DataPaths.VOCABULARIES + "<vokabular>.json", "JSON", "Et kontrolleret vokabular med koder, navne og URI'er."),
            new DataPage.FileDoc(DataPaths.VOCABULARIES + "<vokabular>.ttl", "SKOS (Turtle)", "Samme vokabular som SKOS-begrebssystem."),
            new DataPage.FileDoc(DataPaths.CATALOGUE_SCHEMA, "JSON Schema", "Formen på indsatskatalog.json."),
            new DataPage.FileDoc(DataPaths.ENTRY_SCHEMA, "JSON Schema", "Formen på en indsats."),
            new DataPage.FileDoc(DataPaths.SOURCE_SCHEMA, "JSON Schema", "Formen på en kilde i kilderegistret."),
            new DataPage.FileDoc(DataPaths.VOCABULARY_SCHEMA, "JSON Schema", "Formen på et vokabular."),
            new DataPage.FileDoc(DataPaths.DATA_PACKAGE, "Frictionless Data Package v2",
                "Tabellerne med tabelskemaer (typer, påkrævede felter, nøgler), størrelser og SHA-256."),
            new DataPage.FileDoc(DataPaths.DCAT, "DCAT-AP (Turtle)",
                "Beskrivelse af datasættet og dets distributioner til dataportaler, med kilderegistrets kilder som dct:references."),
            new DataPage.FileDoc(DataPaths.RELEASE, "JSON", "Hvilken udgivelse filerne er."),
            new DataPage.FileDoc(DataPaths.CHECKSUMS, "tekst", "SHA-256 for hver fil under data/; tjek med sha256sum -c SHA256SUMS i mappen."),
            new DataPage.FileDoc(DataPaths.FEED, "Atom", "Nye og ændrede indsatser; et feed pr. tema under temaer/<tema>/feed.xml."),
            new DataPage.FileDoc(DataPaths.SITEMAP, "Sitemap", "Alle sider til søgemaskiner."))
            .stream().map(f -> f.sized(f.path().startsWith(DataPaths.DATA) ? FileSizes.danish(sizeOf(made, f.path())) : null)).toList();
        List<DataPage.FeedDoc> feeds = new ArrayList<>();
        feeds.add(new DataPage.FeedDoc("Alle indsatser", DataPaths.FEED));
        for (Term theme : catalogue.taxonomies().themes()) feeds.add(new DataPage.FeedDoc(theme.label(), DataPaths.themeFeed(theme.code())));
        String pageUrl = DataPaths.absolute(site, DataPaths.DATA_PAGE);
        String citation = publisher + " (" + release.date().getYear() + "). " + site.title()
            + ": boligsociale indsatser og deres evidens. Udgivelse " + release.id() + ". " + pageUrl + ". Licens: CC BY 4.0.";
        return new DataPage(DataPaths.DATA_PAGE, "Åbne data", release, publisher, JsonExport.LICENSE, everything, formats,
            DataArchive.CHECKSUMS, files, ENTRY_FIELDS,
            VOCABULARY_FIELDS, tables,
            vocabularies, feeds, citation, jsonLd(site, release, publisher, pageUrl, tables));
    }

    /** A file's size, or for a pattern ({@code data/csv/<tabel>.csv}) the size of every file it stands for. */
    private static long sizeOf(OpenDataFiles.Made made, String path) {
        int open = path.indexOf('<');
        if (open < 0) return made.size(path);
        String prefix = path.substring(0, open);
        String suffix = path.substring(path.indexOf('>') + 1);
        return made.files().entrySet().stream().filter(f -> f.getKey().startsWith(prefix) && f.getKey().endsWith(suffix)
            && f.getKey().indexOf('/', prefix.length()) < 0).mapToLong(f -> f.getValue().length).sum();
    }

    private static String jsonLd(SiteInfo site, Release release, String publisher, String pageUrl, List<DataPage.TableDoc> tables) {
        ObjectNode d = JsonLd.object("Dataset");
        d.put("@id", DataPaths.absolute(site, DataPaths.DCAT) + "#datasaet");
        d.put("name", site.title() + ": boligsociale indsatser og deres evidens");
        d.put("description", JsonExport.DESCRIPTION);
        d.put("url", pageUrl);
        d.put("license", JsonExport.LICENSE);
        d.put("version", release.id());
        d.put("dateModified", release.date().toString());
        d.put("inLanguage", "da");
        d.put("isAccessibleForFree", true);
        ArrayNode keywords = d.putArray("keywords");
        keywords.add("boligsociale indsatser").add("almene boliger").add("evidens");
        ObjectNode creator = d.putObject("creator");
        creator.put("@type", "Organization");
        creator.put("name", publisher);
        d.set("publisher", creator.deepCopy());
        d.put("spatialCoverage", "Danmark");
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
}
