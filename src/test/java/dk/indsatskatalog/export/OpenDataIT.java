package dk.indsatskatalog.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.indsatskatalog.TestProject;
import dk.indsatskatalog.build.BuildResult;
import dk.indsatskatalog.build.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A whole build with the open-data stage: files on disk, pages, JSON-LD, feeds, sitemap, robots. */
class OpenDataIT {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final List<String> SLUGS = List.of("gyldig", "script-injection", "sociale-vicevaerter");
    private static final String HOST = "https://indsatskatalog.github.io/indsatskatalog/";
    @TempDir static Path temp;
    private static Path site;
    /** Each entry's lastReviewed, read from its file (the real entry's changes when editors review it). */
    private static final java.util.Map<String, String> REVIEWED = new java.util.TreeMap<>();
    /** The newest of them: the release outside a git checkout. */
    private static String newest;

    @BeforeAll static void build() throws IOException {
        TestProject project = TestProject.create(temp).withFixture("gyldig").withFixture("script-injection")
            .withRealEntry("sociale-vicevaerter");
        for (String slug : SLUGS) {
            Matcher date = Pattern.compile("(?m)^lastReviewed: (\\S+)$").matcher(Files.readString(project.entries().resolve(slug + ".yml")));
            assertTrue(date.find(), slug);
            REVIEWED.put(slug, date.group(1));
        }
        newest = REVIEWED.values().stream().max(String::compareTo).orElseThrow();
        site = temp.resolve("site");
        try (Pipeline pipeline = new Pipeline(project.dir())) {
            BuildResult result = pipeline.build(site);
            assertEquals(List.of(), result.problems().stream().map(Object::toString).toList());
        }
    }

    @Test void theChecksumsMatchTheFilesOnDisk() throws IOException {
        List<String> lines = Files.readAllLines(site.resolve("data/SHA256SUMS"));
        assertTrue(lines.size() > 30, "lines: " + lines.size());
        Set<String> listed = new TreeSet<>();
        for (String line : lines) {
            String path = line.substring(66);
            listed.add(path);
            assertEquals(OpenDataExport.sha256(Files.readAllBytes(site.resolve("data").resolve(path))), line.substring(0, 64), path);
        }
        Set<String> onDisk = new TreeSet<>();
        try (var files = Files.walk(site.resolve("data"))) {
            files.filter(Files::isRegularFile).forEach(f -> onDisk.add(site.resolve("data").relativize(f).toString()));
        }
        onDisk.remove("SHA256SUMS");
        assertEquals(onDisk, listed);
    }

    @Test void hentAltIsTheDataFolderWithTheChecksumAndSizeThePageShows() throws IOException {
        Path zip = site.resolve("aabne-data/indsatskatalog-data.zip");
        byte[] bytes = Files.readAllBytes(zip);
        String sha = OpenDataExport.sha256(bytes);
        Set<String> inZip = new TreeSet<>();
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                String path = e.getName().substring("indsatskatalog-data/".length());
                inZip.add(path);
                assertTrue(java.util.Arrays.equals(Files.readAllBytes(site.resolve("data").resolve(path)), in.readAllBytes()), path);
            }
        }
        Set<String> onDisk = new TreeSet<>();
        try (var files = Files.walk(site.resolve("data"))) {
            files.filter(Files::isRegularFile).forEach(f -> onDisk.add(site.resolve("data").relativize(f).toString()));
        }
        assertEquals(onDisk, inZip, "the zip holds exactly the data folder");
        assertTrue(Files.readAllLines(site.resolve("aabne-data/SHA256SUMS")).contains(sha + "  indsatskatalog-data.zip"));
        String html = Files.readString(site.resolve("aabne-data/index.html"));
        assertTrue(html.contains("<p class=\"ik-opendata__checksum\">SHA-256: <code>" + sha + "</code>."), "the page shows the zip's checksum");
        assertTrue(html.contains("<a class=\"ik-download ik-download--primary\" href=\"../aabne-data/indsatskatalog-data.zip\"><span class=\"ik-download__text\">Hent alt</span> "
            + "<span class=\"ik-download__meta\">(zip, " + FileSizes.danish(bytes.length) + ")</span></a>"), "Hent alt with its size");
        long json = Files.size(site.resolve("data/indsatskatalog.json"));
        assertTrue(html.contains("<span class=\"ik-download__text\">Hele kataloget</span> <span class=\"ik-download__meta\">(JSON, "
            + FileSizes.danish(json) + ")</span>"), "the JSON button with its size");
        assertTrue(html.indexOf("id=\"hent-alt\"") < html.indexOf("id=\"udgivelse\""), "the page opens with Hent alt");
    }

    @Test void outsideAGitCheckoutTheReleaseIsTheNewestReviewDate() throws IOException {
        JsonNode release = new ObjectMapper().readTree(site.resolve("data/release.json").toFile());
        assertEquals(newest, release.get("release").asText());
        assertTrue(release.get("commit").isNull());
    }

    @Test void theDataPageSaysWhichReleaseTheSiteShowsAndDocumentsEveryTableColumn() throws IOException {
        String html = Files.readString(site.resolve("aabne-data/index.html"));
        assertTrue(html.contains("Sitet viser udgivelse <strong class=\"ik-opendata__release\">" + newest + "</strong>"), html);
        assertTrue(html.contains("rel=\"license\">Creative Commons Navngivelse 4.0 (CC BY 4.0)</a>"));
        for (String field : List.of("evidence.sources", "evidence.levelSetBy", "evidence.outcomes[].kind, .about, .scope", "lastReviewed",
                                    "terms[].rubricClass", "terms[].comparison")) {
            assertTrue(html.contains("<code>" + field + "</code>"), field);
        }
        for (String column : List.of("intervention_id", "source_id", "reports_on", "sets_level", "evidence_level_label", "last_reviewed",
                                     "rubric_class")) {
            assertTrue(html.contains("<code>" + column + "</code>"), column);
        }
        assertTrue(html.contains("<code>sources.csv</code>") && html.contains("<code>outcome_sources.csv</code>"), "the register's tables");
        // The rows are counted as the export writes them: the interventions table has one per entry.
        Matcher interventions = Pattern.compile("<h3 id=\"tabel-interventions\">.*?</h3>\\s*<p>.*? (\\d+) rækker i denne udgivelse\\.", Pattern.DOTALL).matcher(html);
        assertTrue(interventions.find(), "the interventions table's row count");
        assertEquals(String.valueOf(SLUGS.size()), interventions.group(1));
        assertTrue(html.contains("Indsatskatalog (" + newest.substring(0, 4) + "). Indsatskatalog: boligsociale indsatser og deres evidens. "
            + "Udgivelse " + newest + ". " + HOST + "aabne-data/. Licens: CC BY 4.0."), "citation");
        JsonNode jsonLd = jsonLd(html);
        assertEquals("Dataset", jsonLd.get("@type").asText());
        assertEquals(newest, jsonLd.get("version").asText());
        assertEquals(3 + 11, jsonLd.get("distribution").size(), "the zip, the catalogue's JSON, the data package and eleven CSV tables");
        assertTrue(Files.readString(site.resolve("index.html")).contains("<a href=\"aabne-data/index.html\">Åbne data</a>"), "footer link");
    }

    @Test void everyTermUriResolvesToASectionOfItsVocabularyPage() throws IOException {
        JsonNode vocabularies = new ObjectMapper().readTree(site.resolve("data/indsatskatalog.json").toFile()).get("vocabularies");
        int terms = 0;
        for (JsonNode v : vocabularies) {
            String path = v.get("uri").asText().substring(HOST.length());
            String html = Files.readString(site.resolve(path + "index.html"));
            for (JsonNode t : v.get("terms")) {
                assertEquals(v.get("uri").asText() + "#" + t.get("code").asText(), t.get("uri").asText());
                assertTrue(html.contains(" id=\"" + t.get("code").asText() + "\""), t.get("uri").asText());
                terms++;
            }
        }
        assertTrue(terms > 50);
        assertTrue(Files.readString(site.resolve("vokabularer/index.html")).contains("href=\"../vokabularer/maalgrupper/index.html\""));
    }

    @Test void entryPagesCarrySchemaOrgJsonLdWithTheRegisterSourcesAsCitations() throws IOException {
        JsonNode ld = jsonLd(Files.readString(site.resolve("indsatser/sociale-vicevaerter/index.html")));
        assertEquals("https://schema.org", ld.get("@context").asText());
        assertEquals("WebPage", ld.get("@type").asText());
        assertEquals(HOST + "indsatser/sociale-vicevaerter/", ld.get("url").asText());
        assertEquals(REVIEWED.get("sociale-vicevaerter"), ld.get("dateModified").asText());
        // The citations are the entry's sources from the register, in the order of its reference list.
        JsonNode catalogue = new ObjectMapper().readTree(site.resolve("data/indsatskatalog.json").toFile());
        java.util.Map<String, JsonNode> register = new java.util.HashMap<>();
        catalogue.get("sources").forEach(s -> register.put(s.get("id").asText(), s));
        JsonNode cited = new ObjectMapper().readTree(site.resolve("data/indsatser/sociale-vicevaerter.json").toFile()).get("evidence").get("sources");
        assertEquals(cited.size(), ld.get("citation").size());
        for (int i = 0; i < cited.size(); i++) {
            JsonNode source = register.get(cited.get(i).asText());
            JsonNode citation = ld.get("citation").get(i);
            String name = source.get("title").isNull() ? "[" + source.get("description").asText() + "]" : source.get("title").asText();
            assertEquals(name, citation.get("name").asText(), cited.get(i).asText());
            assertEquals(source.get("authors").asText(), citation.get("author").asText(), cited.get(i).asText());
            assertEquals(source.get("url").isNull() ? null : source.get("url").asText(),
                citation.has("url") ? citation.get("url").asText() : null, cited.get(i).asText());
        }
    }

    @Test void editorTextCannotCloseTheJsonLdScript() throws IOException {
        String html = Files.readString(site.resolve("indsatser/script-injection/index.html"));
        String block = html.substring(html.indexOf("<script type=\"application/ld+json\">"));
        block = block.substring(0, block.indexOf("</script>"));
        assertFalse(block.substring(1).contains("<"), "a '<' inside the JSON-LD: " + block);
        JsonNode ld = jsonLd(html);
        assertEquals("<script>alert(1)</script>Navn", ld.get("name").asText());
    }

    @Test void theSiteFeedIsValidAtomAndListsEveryEntryNewestFirst() throws Exception {
        Document feed = xml(site.resolve("feed.xml"));
        Element root = feed.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        for (String required : List.of("id", "title", "updated", "author")) assertEquals(1, children(root, required).size(), required);
        assertEquals("self", children(root, "link").get(0).getAttribute("rel"));
        assertEquals(HOST + "feed.xml", children(root, "link").get(0).getAttribute("href"));
        List<Element> entries = children(root, "entry");
        List<String> ids = new ArrayList<>();
        String previous = "9999";
        for (Element entry : entries) {
            for (String required : List.of("id", "title", "updated")) assertEquals(1, children(entry, required).size(), required);
            String updated = children(entry, "updated").get(0).getTextContent();
            assertTrue(updated.matches("\\d{4}-\\d{2}-\\d{2}T00:00:00Z"), updated);
            assertTrue(updated.compareTo(previous) <= 0, "newest first");
            previous = updated;
            ids.add(children(entry, "id").get(0).getTextContent());
        }
        // Newest review first; the same date by id.
        assertEquals(SLUGS.stream().sorted(java.util.Comparator.comparing((String slug) -> REVIEWED.get(slug)).reversed()
            .thenComparing(slug -> slug)).map(slug -> HOST + "indsatser/" + slug + "/").toList(), ids);
        assertEquals(newest + "T00:00:00Z", children(entries.get(0), "updated").get(0).getTextContent());
    }

    @Test void eachThemeHasAFeedOfItsOwnEntries() throws Exception {
        Document feed = xml(site.resolve("temaer/kriminalitetsforebyggelse/feed.xml"));
        List<String> ids = children(feed.getDocumentElement(), "entry").stream()
            .map(e -> children(e, "id").get(0).getTextContent()).toList();
        assertTrue(ids.contains(HOST + "indsatser/sociale-vicevaerter/"), ids.toString());
        try (var themes = Files.list(site.resolve("temaer"))) {
            for (Path theme : themes.filter(Files::isDirectory).toList()) assertTrue(Files.exists(theme.resolve("feed.xml")), theme.toString());
        }
    }

    @Test void theSitemapIsValidAndListsEveryEntryAndThePagesButNotThe404() throws Exception {
        Document sitemap = xml(site.resolve("sitemap.xml"));
        assertEquals(SITEMAP, sitemap.getDocumentElement().getNamespaceURI());
        assertEquals("urlset", sitemap.getDocumentElement().getLocalName());
        List<String> locs = new ArrayList<>();
        for (Element url : children(sitemap.getDocumentElement(), "url")) {
            assertEquals(1, children(url, "loc").size());
            locs.add(children(url, "loc").get(0).getTextContent());
            for (Element child : children(url, null)) {
                assertTrue(Set.of("loc", "lastmod").contains(child.getLocalName()), child.getLocalName());
            }
        }
        for (String slug : SLUGS) assertTrue(locs.contains(HOST + "indsatser/" + slug + "/"), slug);
        assertTrue(locs.contains(HOST) && locs.contains(HOST + "aabne-data/") && locs.contains(HOST + "om/"), locs.toString());
        assertFalse(locs.stream().anyMatch(l -> l.contains("404")));
        assertEquals(locs.stream().sorted().toList(), locs, "sorted");
        assertTrue(Files.readString(site.resolve("sitemap.xml"))
            .contains("  <url>\n    <loc>" + HOST + "indsatser/sociale-vicevaerter/</loc>\n    <lastmod>"
                + REVIEWED.get("sociale-vicevaerter") + "</lastmod>\n  </url>\n"));
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: " + HOST + "sitemap.xml\n", Files.readString(site.resolve("robots.txt")));
    }

    private static JsonNode jsonLd(String html) throws IOException {
        Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "no JSON-LD block");
        JsonNode node = new ObjectMapper().readTree(m.group(1));
        assertFalse(m.find(), "more than one JSON-LD block");
        return node;
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(file.toFile());
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && (localName == null || localName.equals(e.getLocalName()))) out.add(e);
        }
        return out;
    }
}
