package dk.indsatskatalog.export;

import dk.indsatskatalog.site.SiteInfo;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code data/dcat.ttl}: the catalogue, the dataset and its distributions in DCAT-AP (the Danish
 * DCAT-AP-DK uses the same classes and properties), so a portal such as the national open-data portal
 * can harvest it. Licence CC BY 4.0 on every distribution; size and SHA-256 from the written bytes.
 * The dataset cites every source of the register with {@code dct:references}; each source is a
 * {@code dct:BibliographicResource} with its own title ({@code dct:title}) or, when it has none, the
 * editors' description of it ({@code dct:description}, in Danish), never the one as the other.
 * ({@code dct:source} would say the dataset derives from other datasets, and DCAT-AP gives it the
 * range {@code dcat:Dataset}; these are publications.)
 */
final class DcatExport {
    static final String EU = "http://publications.europa.eu/resource/authority/";
    private static final String JSON_FORMAT = EU + "file-type/JSON";
    private static final String CSV_FORMAT = EU + "file-type/CSV";
    private static final String TTL_FORMAT = EU + "file-type/RDF_TURTLE";

    private DcatExport() {}

    /** One downloadable file. */
    record Distribution(String path, String title, String description, String format, String mediaType, String conformsTo) {}

    static byte[] turtle(SiteInfo site, Release release, String publisher, List<CsvTable> tables, List<Vocabulary> vocabularies,
                         List<CatalogueJson.Source> sources, DataSink files) {
        String base = DataPaths.absolute(site, DataPaths.DCAT);
        String catalogue = base + "#katalog", dataset = base + "#datasaet", agent = base + "#udgiver";
        String page = DataPaths.absolute(site, DataPaths.DATA_PAGE);
        List<Distribution> distributions = new ArrayList<>();
        distributions.add(new Distribution(DataPaths.CATALOGUE_JSON, "Hele kataloget (JSON)",
            "Alle indsatser og vokabularer i ét JSON-dokument.", JSON_FORMAT, "application/json",
            DataPaths.absolute(site, DataPaths.CATALOGUE_SCHEMA)));
        distributions.add(new Distribution(DataPaths.DATA_PACKAGE, "Datapakke (Frictionless Data Package)",
            "Beskrivelse af CSV-tabellerne med tabelskemaer, størrelser og kontrolsummer.", JSON_FORMAT, "application/json",
            DataPackage.PROFILE));
        for (CsvTable table : tables) {
            distributions.add(new Distribution(DataPaths.CSV + table.fileName(), table.title() + " (CSV)", table.description(),
                CSV_FORMAT, "text/csv", null));
        }
        for (Vocabulary v : vocabularies) {
            distributions.add(new Distribution(DataPaths.VOCABULARIES + v.id() + ".ttl", "Vokabular: " + v.title().da() + " (SKOS)",
                v.description(), TTL_FORMAT, "text/turtle", "http://www.w3.org/2004/02/skos/core"));
        }

        Turtle t = new Turtle()
            .prefix("dcat", "http://www.w3.org/ns/dcat#")
            .prefix("dct", "http://purl.org/dc/terms/")
            .prefix("foaf", "http://xmlns.com/foaf/0.1/")
            .prefix("vcard", "http://www.w3.org/2006/vcard/ns#")
            .prefix("owl", "http://www.w3.org/2002/07/owl#")
            .prefix("spdx", "http://spdx.org/rdf/terms#")
            .prefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        String modified = Turtle.typed(release.date().toString(), "xsd:date");
        t.subject(Turtle.iri(catalogue))
            .add("a", "dcat:Catalog")
            .add("dct:title", Turtle.text(JsonExport.TITLE, "da"))
            .add("dct:description", Turtle.text(JsonExport.description(), "da"))
            .add("dct:publisher", Turtle.iri(agent))
            .add("foaf:homepage", Turtle.iri(DataPaths.absolute(site, "")))
            .add("dct:language", Turtle.iri(EU + "language/DAN"))
            .add("dct:license", Turtle.iri(JsonExport.LICENSE))
            .add("dct:modified", modified)
            .add("dcat:dataset", Turtle.iri(dataset));
        t.subject(Turtle.iri(dataset))
            .add("a", "dcat:Dataset")
            .add("dct:identifier", Turtle.literal(DataPaths.absolute(site, DataPaths.DATA)))
            .add("dct:title", Turtle.text(OpenDataPages.TEXTS.get("dataset.name", JsonExport.TITLE), "da"))
            .add("dct:description", Turtle.text(JsonExport.description(), "da"))
            .add("dct:publisher", Turtle.iri(agent))
            .add("dcat:contactPoint", "[ a vcard:Organization ; vcard:fn " + Turtle.literal(publisher) + " ; vcard:hasURL "
                + Turtle.iri(site.publisher().contact()) + " ]")
            .add("dcat:theme", Turtle.iri(EU + "data-theme/SOCI"))
            .add("dcat:keyword", Turtle.text("boligsociale indsatser", "da"))
            .add("dcat:keyword", Turtle.text("almene boliger", "da"))
            .add("dcat:keyword", Turtle.text("evidens", "da"))
            .add("dct:language", Turtle.iri(EU + "language/DAN"))
            .add("dct:spatial", Turtle.iri(EU + "country/DNK"))
            .add("dct:accessRights", Turtle.iri(EU + "access-right/PUBLIC"))
            .add("dct:accrualPeriodicity", Turtle.iri(EU + "frequency/IRREG"))
            .add("dct:modified", modified)
            .add("owl:versionInfo", Turtle.literal(release.id()))
            .add("dcat:landingPage", Turtle.iri(page));
        for (Distribution d : distributions) t.add("dcat:distribution", Turtle.iri(DataPaths.absolute(site, d.path())));
        for (CatalogueJson.Source s : sources) t.add("dct:references", Turtle.iri(sourceIri(base, s.id())));
        for (Distribution d : distributions) {
            DataSink.Facts written = files.facts(d.path());
            t.subject(Turtle.iri(DataPaths.absolute(site, d.path())))
                .add("a", "dcat:Distribution")
                .add("dct:title", Turtle.text(d.title(), "da"))
                .add("dct:description", Turtle.text(d.description(), "da"))
                .add("dcat:accessURL", Turtle.iri(page))
                .add("dcat:downloadURL", Turtle.iri(DataPaths.absolute(site, d.path())))
                .add("dct:format", Turtle.iri(d.format()))
                .add("dcat:mediaType", Turtle.iri("https://www.iana.org/assignments/media-types/" + d.mediaType()))
                .add("dct:license", Turtle.iri(JsonExport.LICENSE))
                .add("dct:conformsTo", d.conformsTo() == null ? null : Turtle.iri(d.conformsTo()))
                .add("dcat:byteSize", Turtle.typed(String.valueOf(written.size()), "xsd:nonNegativeInteger"))
                .add("spdx:checksum", "[ a spdx:Checksum ; spdx:algorithm spdx:checksumAlgorithm_sha256 ; spdx:checksumValue "
                    + Turtle.typed(written.sha256(), "xsd:hexBinary") + " ]")
                .add("dct:modified", modified);
        }
        for (CatalogueJson.Source s : sources) {
            t.subject(Turtle.iri(sourceIri(base, s.id())))
                .add("a", "dct:BibliographicResource")
                .add("dct:identifier", Turtle.literal(s.id()))
                .add("dct:type", Turtle.iri(s.kind().uri()))
                // Titles are in the source's own language, which is not recorded: no language tag.
                .add("dct:title", s.title() == null ? null : Turtle.literal(s.title()))
                .add("dct:description", Turtle.text(s.description(), "da"))
                .add("dct:creator", agent(s.authors()))
                .add("dct:publisher", s.publisher() == null ? null : agent(s.publisher()))
                .add("dct:issued", s.year() == null ? null : Turtle.typed(String.valueOf(s.year()), "xsd:gYear"))
                .add("foaf:page", s.url() == null ? null : Turtle.iri(s.url()))
                .add("dct:references", s.reportsOn() == null ? null : Turtle.iri(sourceIri(base, s.reportsOn())));
        }
        t.subject(Turtle.iri(agent))
            .add("a", "foaf:Agent")
            .add("foaf:name", Turtle.text(publisher, "da"));
        t.subject(Turtle.iri(JsonExport.LICENSE))
            .add("a", "dct:LicenseDocument")
            .add("dct:title", Turtle.text("Creative Commons Navngivelse 4.0 International (CC BY 4.0)", "da"))
            .add("dct:type", Turtle.iri("http://purl.org/adms/licencetype/Attribution"));
        return t.bytes();
    }

    /** A source's IRI: a fragment of dcat.ttl, as the catalogue, dataset and publisher are. */
    static String sourceIri(String dcat, String id) { return dcat + "#kilde-" + id; }

    private static String agent(String name) {
        return "[ a foaf:Agent ; foaf:name " + Turtle.literal(name) + " ]";
    }
}
