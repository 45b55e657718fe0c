package dk.indsatskatalog.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.ContentHistory;
import dk.indsatskatalog.model.FindingKind;
import dk.indsatskatalog.model.NextStep;
import dk.indsatskatalog.model.RubricClass;
import dk.indsatskatalog.model.Scope;
import dk.indsatskatalog.model.SourceKind;
import dk.indsatskatalog.model.Subject;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.DCAT;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.FOAF;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The descriptions of the data: JSON Schemas, the Frictionless package, DCAT, SKOS and the checksums. */
class DataFilesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";

    // --- JSON Schema ---------------------------------------------------------------------------------

    @Test void theCatalogueEveryEntryAndEveryVocabularyValidateAgainstThePublishedSchemas() throws IOException {
        SchemaRegistry registry = publishedSchemas();
        assertEquals(List.of(), errors(registry, DataPaths.CATALOGUE_SCHEMA, DataPaths.CATALOGUE_JSON));
        int checked = 0;
        for (String path : RealData.files().keySet()) {
            if (path.startsWith(DataPaths.ENTRIES_JSON)) { assertEquals(List.of(), errors(registry, DataPaths.ENTRY_SCHEMA, path), path); checked++; }
            if (path.startsWith(DataPaths.VOCABULARIES) && path.endsWith(".json")) {
                assertEquals(List.of(), errors(registry, DataPaths.VOCABULARY_SCHEMA, path), path);
                checked++;
            }
        }
        // One file per entry (editors add entries by pull request, so not a fixed 41) plus 13 vocabulary files.
        assertEquals(RealData.catalogue().interventions().size() + 13, checked);
    }

    @Test void theSourceSchemaRejectsBothTitleAndDescriptionAndADesignBesideReportsOn() throws IOException {
        Schema schema = publishedSchemas().getSchema(SchemaLocation.of(RealData.HOST + "/" + DataPaths.SOURCE_SCHEMA));
        ObjectNode source = null;
        for (JsonNode s : MAPPER.readTree(RealData.bytes(DataPaths.CATALOGUE_JSON)).get("sources")) {
            if (source == null && s.get("title").isTextual() && !s.get("design").isNull()) source = (ObjectNode) s;
        }
        assertTrue(source != null, "the register has a study with a title");
        assertEquals(List.of(), schema.validate(source).stream().map(Error::toString).toList(), source.toString());
        ObjectNode both = source.deepCopy().put("description", "Et notat");
        assertEquals(List.of("/description: string found, null expected", "/title: string found, null expected",
                ": must be valid to one and only one schema, but 0 are valid"), schema.validate(both).stream().map(Error::toString).sorted().toList());
        ObjectNode reporting = source.deepCopy().put("reportsOn", "en-undersoegelse");
        assertEquals(List.of("/design: object found, null expected", "/designVerified: boolean found, null expected",
                "/kind/code: must be the constant value 'web'", "/rubricClass: string found, null expected"),
            schema.validate(reporting).stream().map(Error::toString).sorted().toList());
    }

    @Test void thePublishedSchemasListEveryCodeTheModelHas() throws IOException {
        JsonNode entry = MAPPER.readTree(RealData.bytes(DataPaths.ENTRY_SCHEMA));
        JsonNode outcome = entry.get("$defs").get("outcome").get("properties");
        assertEquals(codes(FindingKind.values(), FindingKind::code), enumOf(outcome.get("kind").get("properties").get("code")));
        assertEquals(codes(Subject.values(), Subject::code), enumOf(outcome.get("about").get("properties").get("code")));
        assertEquals(codes(Scope.values(), Scope::code), enumOf(outcome.get("scope").get("properties").get("code")));
        assertEquals(codes(RubricClass.values(), RubricClass::code).stream().sorted().toList(),
            enumOf(entry.get("$defs").get("rubricClass")).stream().sorted().toList());
        assertEquals(codes(NextStep.values(), NextStep::code), enumOf(entry.get("properties").get("evidence").get("properties").get("nextStep")));
        JsonNode source = MAPPER.readTree(RealData.bytes(DataPaths.SOURCE_SCHEMA));
        assertEquals(codes(SourceKind.values(), SourceKind::code), enumOf(source.get("properties").get("kind").get("properties").get("code")));
        assertEquals(Arrays.stream(CatalogueJson.Source.class.getRecordComponents()).map(c -> c.getName()).toList(),
            enumOf(source.get("required")));
    }

    private static <E> List<String> codes(E[] values, java.util.function.Function<E, String> code) {
        return Arrays.stream(values).map(code).toList();
    }

    private static List<String> enumOf(JsonNode node) {
        List<String> codes = new ArrayList<>();
        (node.has("enum") ? node.get("enum") : node).forEach(c -> codes.add(c.asText()));
        return codes;
    }

    @Test void theEntrySchemaRejectsAnEntryWithoutIdOrWithAnUnknownField() throws IOException {
        ObjectNode entry = (ObjectNode) MAPPER.readTree(RealData.bytes("data/indsatser/sociale-vicevaerter.json"));
        entry.remove("id");
        entry.put("extra", 1);
        Schema schema = publishedSchemas().getSchema(SchemaLocation.of(RealData.HOST + "/" + DataPaths.ENTRY_SCHEMA));
        assertEquals(List.of(": property 'extra' is not defined in the schema and the schema does not allow additional properties",
                ": required property 'id' not found"),
            schema.validate(entry).stream().map(Error::toString).sorted().toList());
    }

    // --- Frictionless --------------------------------------------------------------------------------

    @Test void theDataPackageValidatesAgainstTheFrictionlessV2Profile() throws IOException {
        Schema profile = frictionless().getSchema(SchemaLocation.of(PROFILE));
        JsonNode pkg = MAPPER.readTree(RealData.bytes(DataPaths.DATA_PACKAGE));
        assertEquals(List.of(), profile.validate(pkg).stream().map(Error::toString).toList());
        assertEquals(PROFILE, pkg.get("$schema").asText());
        assertEquals("2026-11-22+0123456789ab", pkg.get("version").asText());
        assertEquals("CC-BY-4.0", pkg.get("licenses").get(0).get("name").asText());
    }

    @Test void everyTableSchemaValidatesAgainstTheTableSchemaProfile() throws IOException {
        Schema tableSchema = frictionless().getSchema(SchemaLocation.of(PROFILE + "#/definitions/tableSchema"));
        int tables = 0;
        for (JsonNode resource : MAPPER.readTree(RealData.bytes(DataPaths.DATA_PACKAGE)).get("resources")) {
            if (!resource.has("schema")) continue;
            assertEquals(List.of(), tableSchema.validate(resource.get("schema")).stream().map(Error::toString).toList(),
                resource.get("name").asText());
            assertEquals("https://datapackage.org/profiles/2.0/tableschema.json", resource.get("schema").get("$schema").asText());
            tables++;
        }
        assertEquals(10, tables);
    }

    @Test void everyForeignKeyOfEveryTableFindsItsRow() throws IOException {
        int checked = 0;
        for (JsonNode resource : MAPPER.readTree(RealData.bytes(DataPaths.DATA_PACKAGE)).get("resources")) {
            if (!resource.has("schema") || !resource.get("schema").has("foreignKeys")) continue;
            List<List<String>> rows = table(resource.get("path").asText());
            for (JsonNode key : resource.get("schema").get("foreignKeys")) {
                List<String> fields = strings(key.get("fields"));
                String target = key.get("reference").get("resource").asText();
                List<List<String>> targetRows = table("csv/" + target + ".csv");
                Set<List<String>> keys = new java.util.HashSet<>();
                for (List<String> row : targetRows.subList(1, targetRows.size())) keys.add(cells(targetRows.get(0), row, strings(key.get("reference").get("fields"))));
                for (List<String> row : rows.subList(1, rows.size())) {
                    List<String> value = cells(rows.get(0), row, fields);
                    if (value.stream().allMatch(String::isEmpty)) continue; // no reference, e.g. a source that reports on none
                    assertTrue(keys.contains(value), resource.get("name").asText() + " " + fields + " = " + value + " is not in " + target);
                    checked++;
                }
            }
        }
        assertTrue(checked > 1000, "references checked: " + checked);
    }

    private static List<List<String>> table(String path) {
        return Rfc4180.parse(new String(RealData.bytes(DataPaths.DATA + path), StandardCharsets.UTF_8), ',');
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static List<String> cells(List<String> header, List<String> row, List<String> columns) {
        return columns.stream().map(c -> row.get(header.indexOf(c))).toList();
    }

    @Test void theProfileRejectsATableSchemaWithAnUnknownFieldType() throws IOException {
        Schema tableSchema = frictionless().getSchema(SchemaLocation.of(PROFILE + "#/definitions/tableSchema"));
        JsonNode bad = MAPPER.readTree("{\"fields\": [{\"name\": \"a\", \"type\": \"text\"}]}");
        assertFalse(tableSchema.validate(bad).isEmpty());
        JsonNode noFields = MAPPER.readTree("{\"primaryKey\": [\"a\"]}");
        assertEquals(List.of(": required property 'fields' not found"), tableSchema.validate(noFields).stream().map(Error::toString).toList());
    }

    @Test void everyResourceNamesTheSizeHashAndHeaderOfItsFile() throws IOException {
        for (JsonNode resource : MAPPER.readTree(RealData.bytes(DataPaths.DATA_PACKAGE)).get("resources")) {
            byte[] file = RealData.bytes(DataPaths.DATA + resource.get("path").asText());
            assertEquals(file.length, resource.get("bytes").asLong(), resource.get("path").asText());
            assertEquals("sha256:" + OpenDataExport.sha256(file), resource.get("hash").asText());
            if (!resource.has("schema")) continue;
            List<String> fields = new ArrayList<>();
            resource.get("schema").get("fields").forEach(f -> fields.add(f.get("name").asText()));
            List<String> header = Rfc4180.parse(new String(file, StandardCharsets.UTF_8), ',').get(0);
            assertEquals(header, fields, resource.get("name").asText());
        }
    }

    // --- DCAT and SKOS -------------------------------------------------------------------------------

    @Test void theDcatDescriptionParsesAndCarriesDcatApMandatoryProperties() throws IOException {
        Model dcat = turtle(DataPaths.DCAT);
        Set<Resource> catalogues = dcat.filter(null, RDF.TYPE, DCAT.CATALOG).subjects();
        assertEquals(1, catalogues.size());
        Resource catalogue = catalogues.iterator().next();
        for (IRI p : List.of(DCTERMS.TITLE, DCTERMS.DESCRIPTION, DCTERMS.PUBLISHER, DCAT.HAS_DATASET)) {
            assertFalse(dcat.filter(catalogue, p, null).isEmpty(), "catalogue lacks " + p);
        }
        Resource dataset = (Resource) dcat.filter(catalogue, DCAT.HAS_DATASET, null).objects().iterator().next();
        assertTrue(dcat.contains(dataset, RDF.TYPE, DCAT.DATASET));
        for (IRI p : List.of(DCTERMS.TITLE, DCTERMS.DESCRIPTION, DCTERMS.PUBLISHER, DCAT.CONTACT_POINT, DCAT.THEME, DCAT.KEYWORD)) {
            assertFalse(dcat.filter(dataset, p, null).isEmpty(), "dataset lacks " + p);
        }
        Value publisher = dcat.filter(catalogue, DCTERMS.PUBLISHER, null).objects().iterator().next();
        assertFalse(dcat.filter((Resource) publisher, FOAF.NAME, null).isEmpty(), "publisher lacks foaf:name");
        Set<Value> distributions = dcat.filter(dataset, DCAT.HAS_DISTRIBUTION, null).objects();
        assertEquals(1 + 1 + 10 + 13, distributions.size());
        IRI sha = Values.iri("http://spdx.org/rdf/terms#checksumValue");
        for (Value d : distributions) {
            Resource dist = (Resource) d;
            assertTrue(dcat.contains(dist, RDF.TYPE, DCAT.DISTRIBUTION), d.toString());
            assertFalse(dcat.filter(dist, DCAT.ACCESS_URL, null).isEmpty(), d + " lacks dcat:accessURL");
            assertTrue(dcat.contains(dist, DCTERMS.LICENSE, Values.iri("https://creativecommons.org/licenses/by/4.0/")), d.toString());
            String path = d.stringValue().substring((RealData.HOST + "/").length());
            byte[] file = RealData.bytes(path);
            Literal size = (Literal) dcat.filter(dist, DCAT.BYTE_SIZE, null).objects().iterator().next();
            assertEquals(file.length, size.longValue(), path);
            Resource checksum = (Resource) dcat.filter(dist, Values.iri("http://spdx.org/rdf/terms#checksum"), null).objects().iterator().next();
            assertEquals(OpenDataExport.sha256(file), dcat.filter(checksum, sha, null).objects().iterator().next().stringValue(), path);
        }
    }

    @Test void theDatasetCitesEverySourceOfTheRegisterWithItsTitleOrTheEditorsDescription() throws IOException {
        Model dcat = turtle(DataPaths.DCAT);
        Resource dataset = dcat.filter(null, RDF.TYPE, DCAT.DATASET).subjects().iterator().next();
        Set<Value> cited = dcat.filter(dataset, DCTERMS.REFERENCES, null).objects();
        assertEquals(RealData.catalogue().sources().size(), cited.size());
        for (dk.indsatskatalog.model.Source s : RealData.catalogue().sources()) {
            IRI source = Values.iri(RealData.HOST + "/" + DataPaths.DCAT + "#kilde-" + s.id().value());
            assertTrue(cited.contains(source), s.id().value());
            assertTrue(dcat.contains(source, RDF.TYPE, DCTERMS.BIBLIOGRAPHIC_RESOURCE), s.id().value());
            assertEquals(s.title() == null ? Set.of() : Set.of(Values.literal(s.title())), dcat.filter(source, DCTERMS.TITLE, null).objects(), s.id().value());
            assertEquals(s.description() == null ? Set.of() : Set.of(Values.literal(s.description(), "da")),
                dcat.filter(source, DCTERMS.DESCRIPTION, null).objects(), s.id().value());
            assertEquals(Set.of(Values.iri(RealData.HOST + "/vokabularer/kildetyper/#" + s.kind().code())),
                dcat.filter(source, DCTERMS.TYPE, null).objects(), s.id().value());
            assertEquals(s.url() == null ? Set.of() : Set.of(Values.iri(s.url())), dcat.filter(source, FOAF.PAGE, null).objects(), s.id().value());
        }
    }

    @Test void everyVocabularyIsASkosConceptSchemeWhoseConceptsHaveDanishLabels() throws IOException {
        int concepts = 0;
        for (Vocabulary v : new Vocabularies(RealData.site(RealData.catalogue())).all(RealData.catalogue().taxonomies())) {
            Model skos = turtle(DataPaths.VOCABULARIES + v.id() + ".ttl");
            IRI scheme = Values.iri(v.uri());
            assertTrue(skos.contains(scheme, RDF.TYPE, SKOS.CONCEPT_SCHEME), v.id());
            for (Vocabulary.Term term : v.terms()) {
                IRI concept = Values.iri(term.uri());
                assertTrue(skos.contains(concept, RDF.TYPE, SKOS.CONCEPT), term.uri());
                assertTrue(skos.contains(concept, SKOS.IN_SCHEME, scheme), term.uri());
                assertTrue(skos.contains(concept, SKOS.PREF_LABEL, Values.literal(term.label().da(), "da")), term.uri());
                assertTrue(skos.contains(concept, SKOS.NOTATION, Values.literal(term.code())), term.uri());
                concepts++;
            }
            assertEquals(v.terms().size(), skos.filter(null, RDF.TYPE, SKOS.CONCEPT).size(), v.id());
        }
        assertTrue(concepts > 50, "concepts: " + concepts);
    }

    @Test void turtleLiteralsEscapeQuotesBackslashesAndLineBreaks() {
        assertEquals("\"a \\\"b\\\" \\\\ c\\nd\\u0001\"", Turtle.literal("a \"b\" \\ c\nd\u0001"));
    }

    // --- checksums -----------------------------------------------------------------------------------

    @Test void theChecksumsListEveryDataFileAndMatchIt() {
        Map<String, String> listed = new HashMap<>();
        for (String line : RealData.text(DataPaths.CHECKSUMS).split("\n")) {
            assertTrue(line.matches("[0-9a-f]{64}  \\S+"), line);
            listed.put(line.substring(66), line.substring(0, 64));
        }
        Set<String> dataFiles = new TreeSet<>();
        for (String path : RealData.files().keySet()) {
            if (path.startsWith(DataPaths.DATA) && !path.equals(DataPaths.CHECKSUMS)) dataFiles.add(path.substring(DataPaths.DATA.length()));
        }
        assertEquals(dataFiles, new TreeSet<>(listed.keySet()));
        listed.forEach((path, hash) -> assertEquals(OpenDataExport.sha256(RealData.bytes(DataPaths.DATA + path)), hash, path));
    }

    @Test void theReleaseIsTheNewestReviewDatePlusTheCommit() throws IOException {
        // The newest lastReviewed of the real entries (not a fixed date: editors add and review entries by pull request).
        assertEquals(RealData.catalogue().interventions().stream().map(dk.indsatskatalog.model.Intervention::lastReviewed)
            .max(java.util.Comparator.naturalOrder()).orElseThrow(), Release.newestReview(RealData.catalogue()));
        assertEquals("2026-11-22+0123456789ab", Release.of(java.time.LocalDate.parse("2026-11-22"), "0123456789ab").id());
        assertEquals("2026-11-22", Release.of(java.time.LocalDate.parse("2026-11-22"), null).id());
        assertEquals("{\"release\":\"2026-11-22+0123456789ab\",\"lastReviewed\":\"2026-11-22\",\"commit\":\"0123456789ab\","
            + "\"license\":\"https://creativecommons.org/licenses/by/4.0/\"}", MAPPER.readTree(RealData.bytes(DataPaths.RELEASE)).toString());
    }

    @Test void theReleaseTakesTheCommitFromTheBuildsHistoryAndTheDateAloneOutsideGit() {
        Catalogue catalogue = RealData.catalogue();
        String newest = Release.newestReview(catalogue).toString();
        assertEquals(newest + "+0123456789ab",
            Release.of(catalogue, new ContentHistory(false, "0123456789ab", null, java.util.Map.of())).id());
        assertEquals(newest, Release.of(catalogue, ContentHistory.none()).id());
    }

    private static int run(java.nio.file.Path dir, String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor();
        } catch (IOException e) {
            return -1;
        }
    }

    // --- helpers -------------------------------------------------------------------------------------

    private static SchemaRegistry publishedSchemas() {
        Map<String, String> schemas = new HashMap<>();
        for (String path : DataPaths.SCHEMA_PATHS) schemas.put(RealData.HOST + "/" + path, RealData.text(path));
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(schemas));
    }

    private static List<String> errors(SchemaRegistry registry, String schemaPath, String filePath) throws IOException {
        Schema schema = registry.getSchema(SchemaLocation.of(RealData.HOST + "/" + schemaPath));
        return schema.validate(MAPPER.readTree(RealData.bytes(filePath))).stream().map(Error::toString).toList();
    }

    private static SchemaRegistry frictionless() throws IOException {
        try (InputStream in = DataFilesTest.class.getResourceAsStream("/frictionless/datapackage-2.0.json")) {
            String profile = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, b -> b.schemas(Map.of(PROFILE, profile)));
        }
    }

    private static Model turtle(String path) throws IOException {
        return Rio.parse(new ByteArrayInputStream(RealData.bytes(path)), RealData.HOST + "/" + path, RDFFormat.TURTLE);
    }
}
