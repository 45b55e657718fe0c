package dk.indsatskatalog.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dk.indsatskatalog.TestProject;
import dk.indsatskatalog.load.CatalogueLoader;
import dk.indsatskatalog.load.LoadResult;
import dk.indsatskatalog.load.TaxonomyKind;
import dk.indsatskatalog.problem.Problem;
import dk.indsatskatalog.validate.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JSON Schemas editors' tools use and the Java validator agree: the committed schemas are the
 * generated ones, every real file passes both, and each broken entry and source file in the corpora
 * below fails both on the same field. Rules a schema cannot express are left to the Java validator
 * and are not in the corpora: whatever needs another file (a cited source exists, a source is cited,
 * {@code reportsOn} names a study that exists and is not itself a news item, one file per source URL,
 * related slugs exist and point both ways), the slug or id against the file name, a finding's kind
 * against its sources' designs, the level the findings support, and duplicates inside a list.
 */
class SchemaAgreementTest {
    private static final Path REPO = TestProject.REPOSITORY;
    private static final YAMLMapper YAML = new YAMLMapper();

    @TempDir Path temp;

    /** name → {text to replace in the valid fixture, replacement, the field both must report}. */
    private static final Map<String, String[]> BROKEN = new LinkedHashMap<>();
    static {
        BROKEN.put("missing-required", new String[]{"  deliveredBy: Boligorganisationen\n", "", "resources.deliveredBy"});
        BROKEN.put("unknown-field", new String[]{"description:", "summery: Et felt for meget.\ndescription:", "summery"});
        BROKEN.put("text-instead-of-list", new String[]{"targetGroups: [boern]", "targetGroups: boern", "targetGroups"});
        BROKEN.put("unknown-target-group", new String[]{"targetGroups: [boern]", "targetGroups: [bornn]", "targetGroups[0]"});
        BROKEN.put("empty-list-item", new String[]{"targetGroups: [boern]", "targetGroups: [boern, ~]", "targetGroups[1]"});
        BROKEN.put("empty-required-list", new String[]{"themes: [uddannelse-og-livschancer]", "themes: []", "themes"});
        BROKEN.put("blank-required-text", new String[]{"description: En beskrivelse.", "description: \" \"", "description"});
        BROKEN.put("summary-too-long", new String[]{"da: En kort opsummering.", "da: " + "x".repeat(401), "summary.da"});
        BROKEN.put("mapping-expected", new String[]{"resources:\n  deliveredBy: Boligorganisationen\n  costBand: ukendt",
            "resources: ukendt", "resources"});
        BROKEN.put("unknown-cost-band", new String[]{"costBand: ukendt", "costBand: billig", "resources.costBand"});
        BROKEN.put("age-out-of-range", new String[]{"resources:", "ageRange: {min: 130}\nresources:", "ageRange.min"});
        BROKEN.put("date-format", new String[]{"lastReviewed: 2026-11-22", "lastReviewed: 22-11-2026", "lastReviewed"});
        BROKEN.put("level-out-of-range", new String[]{"evidence:\n", "evidence:\n  level: 7\n", "evidence.level"});
        BROKEN.put("studies-in-the-entry", new String[]{"evidence:\n", "evidence:\n  studies: []\n", "evidence.studies"});
        BROKEN.put("no-outcome", new String[]{"  outcomes:\n    - domain: skole-og-laering\n      kind: experience\n      about: participants\n"
            + "      scope: intervention\n      direction: positive\n      finding: Børnene trives bedre.\n      sources: [vive-2018]\n",
            "  outcomes: []\n", "evidence.outcomes"});
        BROKEN.put("unknown-domain", new String[]{"domain: skole-og-laering", "domain: skole", "evidence.outcomes[0].domain"});
        BROKEN.put("unknown-finding-kind", new String[]{"kind: experience", "kind: interview", "evidence.outcomes[0].kind"});
        BROKEN.put("finding-kind-missing", new String[]{"      kind: experience\n", "", "evidence.outcomes[0].kind"});
        BROKEN.put("unknown-subject", new String[]{"about: participants", "about: deltagerne", "evidence.outcomes[0].about"});
        BROKEN.put("unknown-scope", new String[]{"scope: intervention", "scope: bredere", "evidence.outcomes[0].scope"});
        BROKEN.put("effect-in-a-delivery-domain", new String[]{"domain: skole-og-laering\n      kind: experience",
            "domain: gennemfoerelse\n      kind: effect", "evidence.outcomes[0].kind"});
        BROKEN.put("unknown-direction", new String[]{"direction: positive", "direction: up", "evidence.outcomes[0].direction"});
        BROKEN.put("english-name-missing", new String[]{"\n  en: Valid intervention}", "}", "name.en"});
        BROKEN.put("english-summary-blank", new String[]{"en: A short summary.}", "en: \" \"}", "summary.en"});
        BROKEN.put("search-words-missing", new String[]{"searchWords: [proeve]\n", "", "searchWords"});
        BROKEN.put("search-words-empty", new String[]{"searchWords: [proeve]", "searchWords: []", "searchWords"});
        BROKEN.put("no-place-or-gap", new String[]{"knowledgeGaps: [\"Kilderne nævner ikke, hvor indsatsen bruges.\"]\n", "", "places"});
        BROKEN.put("empty-places-and-gaps", new String[]{"knowledgeGaps: [\"Kilderne nævner ikke, hvor indsatsen bruges.\"]",
            "places: []\nknowledgeGaps: []", "places"});
        BROKEN.put("no-description-source", new String[]{"descriptionSources: [vive-2018]", "descriptionSources: []", "descriptionSources"});
        BROKEN.put("ill-formed-source-id", new String[]{"descriptionSources: [vive-2018]", "descriptionSources: [VIVE 2018]",
            "descriptionSources[0]"});
        BROKEN.put("outcome-without-source", new String[]{"sources: [vive-2018]", "sources: []", "evidence.outcomes[0].sources"});
        BROKEN.put("ill-formed-related", new String[]{"lastReviewed:", "related: [Andet_Navn]\nlastReviewed:", "related[0]"});
    }

    /** A valid source file; {@code NAME} becomes the case's name, so no two files share an address. */
    private static final String VALID_SOURCE = ContentSchemas.SOURCE_MODELINE + "\nkind: report\ntitle: En evaluering\nauthors: VIVE\n"
        + "year: 2018\ndesign: qualitative\ndesignVerified: false\ncountry: DK\nsetting: social-housing\nurl: https://example.org/NAME\n";
    private static final String HEAD = "kind: report\ntitle: En evaluering\nauthors: VIVE\nyear: 2018\ndesign: qualitative\ndesignVerified: false\n";

    /** Broken source files, one defect each: name → {text to replace in {@link #VALID_SOURCE}, replacement, the field}. */
    private static final Map<String, String[]> BROKEN_SOURCES = new LinkedHashMap<>();
    static {
        BROKEN_SOURCES.put("kilde-uden-type", new String[]{"kind: report\n", "", "kind"});
        BROKEN_SOURCES.put("kilde-ukendt-type", new String[]{"kind: report", "kind: rapport", "kind"});
        BROKEN_SOURCES.put("kilde-ukendt-felt", new String[]{"setting: social-housing", "setting: social-housing\nsprog: dansk", "sprog"});
        BROKEN_SOURCES.put("kilde-tomme-forfattere", new String[]{"authors: VIVE", "authors: \" \"", "authors"});
        BROKEN_SOURCES.put("kilde-uden-aar", new String[]{"year: 2018\n", "", "year"});
        BROKEN_SOURCES.put("kilde-urimeligt-aar", new String[]{"year: 2018", "year: 1850", "year"});
        BROKEN_SOURCES.put("kilde-daarlig-adresse", new String[]{"url: https://example.org/", "url: htp:/example.org/", "url"});
        BROKEN_SOURCES.put("kilde-ukendt-design", new String[]{"design: qualitative", "design: interview", "design"});
        BROKEN_SOURCES.put("kilde-efterproevet-som-tekst", new String[]{"designVerified: false", "designVerified: ja", "designVerified"});
        BROKEN_SOURCES.put("kilde-land-som-navn", new String[]{"country: DK", "country: Danmark", "country"});
        BROKEN_SOURCES.put("kilde-land-laest-som-nej", new String[]{"country: DK", "country: no", "country"});
        BROKEN_SOURCES.put("kilde-ukendt-sammenhaeng", new String[]{"setting: social-housing", "setting: boligomraade", "setting"});
        BROKEN_SOURCES.put("kilde-titel-og-beskrivelse", new String[]{"title: En evaluering", "title: En evaluering\ndescription: En rapport", "description"});
        BROKEN_SOURCES.put("kilde-hverken-titel-eller-beskrivelse", new String[]{"title: En evaluering\n", "", ""});
        BROKEN_SOURCES.put("kilde-blank-titel", new String[]{"title: En evaluering", "title: \" \"", ""});
        BROKEN_SOURCES.put("kilde-uden-design", new String[]{"design: qualitative\n", "", ""});
        BROKEN_SOURCES.put("kilde-rapport-omtaler", new String[]{"design: qualitative\ndesignVerified: false\n", "reportsOn: vive-2018\n", "reportsOn"});
        BROKEN_SOURCES.put("kilde-omtale-med-design", new String[]{"kind: report", "kind: web\nreportsOn: vive-2018", "design"});
        BROKEN_SOURCES.put("kilde-omtale-med-efterproevning", new String[]{HEAD,
            HEAD.replace("kind: report", "kind: web").replace("design: qualitative\n", "reportsOn: vive-2018\n"), "designVerified"});
        BROKEN_SOURCES.put("kilde-omtale-med-forkert-id", new String[]{HEAD,
            HEAD.replace("kind: report", "kind: web").replace("design: qualitative\ndesignVerified: false\n", "reportsOn: VIVE 2018\n"), "reportsOn"});
        BROKEN_SOURCES.put("kilde-praksis-med-forsoeg", new String[]{"kind: report", "kind: practice-description", "design"});
        BROKEN_SOURCES.put("kilde-oversigt-med-interview", new String[]{"kind: report", "kind: systematic-review", "design"});
        BROKEN_SOURCES.put("kilde-webside-efterproevet", new String[]{HEAD, HEAD.replace("kind: report", "kind: web")
            .replace("designVerified: false", "designVerified: true\ndesignBasis: Siden siger det."), "designVerified"});
        BROKEN_SOURCES.put("kilde-efterproevet-uden-grundlag", new String[]{"designVerified: false", "designVerified: true", "designVerified"});
    }

    /** Valid source files in every shape the register allows: name → {text to replace, replacement}. */
    private static final Map<String, String[]> VALID_SOURCES = new LinkedHashMap<>();
    static {
        VALID_SOURCES.put("kilde-gyldig", new String[]{"", ""});
        VALID_SOURCES.put("kilde-beskrevet", new String[]{"title: En evaluering", "description: Et notat om lektiecaféer uden titel"});
        VALID_SOURCES.put("kilde-blank-titel-og-beskrivelse", new String[]{"title: En evaluering", "title: \"\"\ndescription: Et notat"});
        VALID_SOURCES.put("kilde-omtale", new String[]{HEAD, HEAD.replace("kind: report", "kind: web")
            .replace("design: qualitative\ndesignVerified: false\n", "reportsOn: vive-2018\n")});
        VALID_SOURCES.put("kilde-efterproevet-forsoeg", new String[]{"design: qualitative\ndesignVerified: false",
            "design: rct\ndesignVerified: true\ndesignBasis: Metodeafsnittet beskriver lodtrækningen."});
        VALID_SOURCES.put("kilde-praksis", new String[]{"kind: report\ntitle: En evaluering\nauthors: VIVE\nyear: 2018\ndesign: qualitative",
            "kind: practice-description\ntitle: En håndbog\nauthors: VIVE\nyear: null\ndesign: descriptive"});
        VALID_SOURCES.put("kilde-oversigt", new String[]{"kind: report\ntitle: En evaluering\nauthors: VIVE\nyear: 2018\ndesign: qualitative",
            "kind: systematic-review\ntitle: En oversigt\nauthors: Campbell\nyear: 2019\ndesign: systematic-review"});
    }

    private static Schema schema(String file) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(readJson(REPO.resolve(file)));
    }

    private static JsonNode readJson(Path file) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Field paths of the schema's errors, written as the Java validator writes them. A missing required
     * field is reported at the field. A failed choice ({@code anyOf}: title or description, a design
     * unless the source reports on another) is reported at the object that must make it, as the
     * validator does, not at the alternatives networknt lists one by one.
     */
    static Set<String> schemaFields(Schema schema, JsonNode document) {
        Set<String> fields = new TreeSet<>();
        for (Error e : schema.validate(document)) {
            String pointer = e.getInstanceLocation().toString();
            String evaluation = e.getEvaluationPath().toString();
            int choice = evaluation.lastIndexOf("/anyOf/");
            if (choice >= 0) {
                fields.add(javaPath(parent(pointer, steps(evaluation.substring(choice)))));
                continue;
            }
            String at = javaPath(pointer);
            if ("required".equals(e.getKeyword()) || "additionalProperties".equals(e.getKeyword())) {
                at = at.isEmpty() ? e.getProperty() : at + "." + e.getProperty();
            }
            fields.add(at);
        }
        return fields;
    }

    /** How many levels below the choice the error lies: one per property or list item the evaluation went into. */
    private static int steps(String evaluation) {
        return evaluation.split("/properties/", -1).length - 1 + evaluation.split("/items", -1).length - 1;
    }

    private static String parent(String pointer, int levels) {
        String p = pointer;
        for (int i = 0; i < levels; i++) p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
        return p;
    }

    /** A JSON Pointer ({@code /evidence/outcomes/0/kind}) as a field path ({@code evidence.outcomes[0].kind}). */
    static String javaPath(String pointer) {
        StringBuilder path = new StringBuilder();
        for (String part : pointer.replaceFirst("^[$#]?/?", "").split("/")) {
            if (part.isEmpty()) continue;
            if (part.chars().allMatch(Character::isDigit)) path.append('[').append(part).append(']');
            else path.append(path.length() == 0 ? "" : ".").append(part.replace("~1", "/").replace("~0", "~"));
        }
        return path.toString();
    }

    @Test void theCommittedSchemasAreTheGeneratedOnes() throws IOException {
        LoadResult loaded = new CatalogueLoader().load(REPO.resolve("content"));
        for (Map.Entry<String, String> file : ContentSchemas.files(ContentSchemas.vocabularies(loaded)).entrySet()) {
            assertEquals(file.getValue(), Files.readString(REPO.resolve(file.getKey())),
                file.getKey() + " is stale; run: java -jar target/indsatskatalog.jar schema");
        }
    }

    @Test void everyRealEntryPassesTheSchemaAndStartsWithTheSchemaLine() throws IOException {
        Schema schema = schema(ContentSchemas.INTERVENTION_FILE);
        Map<String, Set<String>> failures = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(REPO.resolve("content/interventions"))) { files = s.sorted().toList(); }
        assertTrue(files.size() >= 41, "the catalogue started with 41 entries");
        for (Path file : files) {
            String text = Files.readString(file);
            if (!text.startsWith(ContentSchemas.ENTRY_MODELINE + "\n")) failures.put(file.getFileName().toString(), Set.of("first line"));
            Set<String> fields = schemaFields(schema, YAML.readTree(text));
            if (!fields.isEmpty()) failures.put(file.getFileName().toString(), fields);
        }
        assertEquals(Map.of(), failures);
    }

    @Test void everyRealSourcePassesTheSchemaAndStartsWithTheSchemaLine() throws IOException {
        Schema schema = schema(ContentSchemas.SOURCE_FILE);
        Map<String, Set<String>> failures = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(REPO.resolve("content/kilder"))) { files = s.sorted().toList(); }
        assertTrue(files.size() >= 300, "the register started with 384 sources: " + files.size());
        for (Path file : files) {
            String text = Files.readString(file);
            if (!text.startsWith(ContentSchemas.SOURCE_MODELINE + "\n")) failures.put(file.getFileName().toString(), Set.of("first line"));
            Set<String> fields = schemaFields(schema, YAML.readTree(text));
            if (!fields.isEmpty()) failures.put(file.getFileName().toString(), fields);
        }
        assertEquals(Map.of(), failures);
    }

    @Test void everyRealTaxonomyPassesTheSchemaAndStartsWithTheSchemaLine() throws IOException {
        Schema schema = schema(ContentSchemas.TAXONOMY_FILE);
        Map<String, Set<String>> failures = new TreeMap<>();
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            Path file = REPO.resolve("content/taxonomies").resolve(kind.fileName());
            String text = Files.readString(file);
            if (!text.startsWith(ContentSchemas.TAXONOMY_MODELINE + "\n")) failures.put(kind.fileName(), Set.of("first line"));
            Set<String> fields = schemaFields(schema, YAML.readTree(text));
            if (!fields.isEmpty()) failures.put(kind.fileName(), fields);
        }
        assertEquals(Map.of(), failures);
    }

    @Test void theValidFixturePassesBoth() throws IOException {
        assertEquals(Set.of(), schemaFields(schema(ContentSchemas.INTERVENTION_FILE), YAML.readTree(TestProject.fixtureText("gyldig"))));
    }

    @Test void everyBrokenEntryFailsBothOnTheSameField() throws IOException {
        TestProject project = TestProject.create(temp);
        String valid = TestProject.fixtureText("gyldig");
        for (Map.Entry<String, String[]> c : BROKEN.entrySet()) {
            String[] edit = c.getValue();
            assertTrue(valid.contains(edit[0]), c.getKey() + ": fixture lacks " + edit[0]);
            project.withEntry(c.getKey() + ".yml", valid.replace("slug: gyldig", "slug: " + c.getKey()).replace(edit[0], edit[1]));
        }
        Map<String, Set<String>> java = new TreeMap<>();
        for (Problem p : new Validator().validate(new CatalogueLoader().load(project.dir().resolve("content"))).problems()) {
            String name = p.at().file().getFileName().toString().replace(".yml", "");
            java.computeIfAbsent(name, k -> new TreeSet<>()).add(p.field());
        }
        Schema schema = schema(ContentSchemas.INTERVENTION_FILE);
        Map<String, Set<String>> expected = new TreeMap<>();
        Map<String, Set<String>> bySchema = new TreeMap<>();
        for (String name : BROKEN.keySet()) {
            expected.put(name, Set.of(BROKEN.get(name)[2]));
            bySchema.put(name, schemaFields(schema, YAML.readTree(Files.readString(project.entries().resolve(name + ".yml")))));
        }
        assertEquals(expected, java, "Java validator");
        assertEquals(expected, bySchema, "JSON Schema");
    }

    @Test void everyValidSourceShapePassesBoth() throws IOException {
        TestProject project = TestProject.create(temp);
        Schema schema = schema(ContentSchemas.SOURCE_FILE);
        Map<String, Set<String>> bySchema = new TreeMap<>();
        for (Map.Entry<String, String[]> c : VALID_SOURCES.entrySet()) {
            String text = sourceText(c.getKey(), c.getValue());
            project.withSourceText(c.getKey(), text);
            bySchema.put(c.getKey(), schemaFields(schema, YAML.readTree(text)));
        }
        project.withEntry("gyldig.yml", citingAll(VALID_SOURCES.keySet()));
        assertEquals(List.of(), new Validator().validate(new CatalogueLoader().load(project.dir().resolve("content"))).problems()
            .stream().map(Problem::toString).toList(), "Java validator");
        Map<String, Set<String>> none = new TreeMap<>();
        VALID_SOURCES.keySet().forEach(name -> none.put(name, Set.of()));
        assertEquals(none, bySchema, "JSON Schema");
    }

    @Test void everyBrokenSourceFailsBothOnTheSameField() throws IOException {
        TestProject project = TestProject.create(temp);
        for (Map.Entry<String, String[]> c : BROKEN_SOURCES.entrySet()) project.withSourceText(c.getKey(), sourceText(c.getKey(), c.getValue()));
        // One valid entry cites every broken source, so none is reported as unused and the entry reports nothing itself.
        project.withEntry("gyldig.yml", citingAll(BROKEN_SOURCES.keySet()));
        Map<String, Set<String>> java = new TreeMap<>();
        for (Problem p : new Validator().validate(new CatalogueLoader().load(project.dir().resolve("content"))).problems()) {
            java.computeIfAbsent(p.at().file().getFileName().toString().replace(".yml", ""), k -> new TreeSet<>()).add(p.field());
        }
        Schema schema = schema(ContentSchemas.SOURCE_FILE);
        Map<String, Set<String>> expected = new TreeMap<>();
        Map<String, Set<String>> bySchema = new TreeMap<>();
        for (String name : BROKEN_SOURCES.keySet()) {
            expected.put(name, Set.of(BROKEN_SOURCES.get(name)[2]));
            bySchema.put(name, schemaFields(schema, YAML.readTree(Files.readString(project.sources().resolve(name + ".yml")))));
        }
        assertEquals(expected, java, "Java validator");
        assertEquals(expected, bySchema, "JSON Schema");
    }

    private static String sourceText(String name, String[] edit) {
        String valid = VALID_SOURCE.replace("NAME", name);
        assertTrue(valid.contains(edit[0]), name + ": the valid source lacks " + edit[0]);
        return edit[0].isEmpty() ? valid : valid.replace(edit[0], edit[1]);
    }

    /** The valid entry, citing {@code ids} besides its own source in its description sources. */
    private static String citingAll(Set<String> ids) {
        return TestProject.fixtureText("gyldig").replace("descriptionSources: [vive-2018]",
            "descriptionSources: [vive-2018, " + String.join(", ", ids) + "]");
    }

    @Test void everyBrokenTaxonomyFailsBothOnTheSameField() throws IOException {
        String[][] cases = {
            {"study-designs.yml", "rubricClass: causal", "rubricClass: kausal", "[0].rubricClass"},
            {"themes.yml", "- code: kriminalitetsforebyggelse", "- code: Kriminalitet", "[0].code"},
            {"themes.yml", "- code: kriminalitetsforebyggelse", "- code: kriminalitetsforebyggelse\n  navn: Kriminalitet", "[0].navn"},
            {"themes.yml", "- code: kriminalitetsforebyggelse\n  name: {da: Kriminalitetsforebyggelse og tryghed, en: Crime prevention and safety}",
                "- code: kriminalitetsforebyggelse", "[0].name"},
        };
        Schema schema = schema(ContentSchemas.TAXONOMY_FILE);
        for (String[] c : cases) {
            Path dir = Files.createTempDirectory(temp, "taxonomy");
            TestProject project = TestProject.create(dir);
            Path file = project.dir().resolve("content/taxonomies").resolve(c[0]);
            String text = Files.readString(file);
            assertTrue(text.contains(c[1]), c[0] + " lacks " + c[1]);
            Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(c[1]), java.util.regex.Matcher.quoteReplacement(c[2])));
            Set<String> java = new TreeSet<>();
            for (Problem p : new Validator().validate(new CatalogueLoader().load(project.dir().resolve("content"))).problems()) java.add(p.field());
            assertEquals(Set.of(c[3]), java, "Java validator, " + c[2]);
            assertEquals(Set.of(c[3]), schemaFields(schema, YAML.readTree(Files.readString(file))), "JSON Schema, " + c[2]);
        }
    }

    @Test void everyDescribedFieldExistsInASchema() throws IOException {
        String schemas = Files.readString(REPO.resolve(ContentSchemas.INTERVENTION_FILE)) + Files.readString(REPO.resolve(ContentSchemas.SOURCE_FILE))
            + Files.readString(REPO.resolve(ContentSchemas.TAXONOMY_FILE));
        List<String> unused = new ArrayList<>();
        for (String path : new TreeSet<>(ContentSchemas.describedPaths())) {
            String last = path.replaceAll(".*[.\\]]", "");
            if (!last.isEmpty() && !List.of("entry", "source", "taxonomy").contains(path) && !schemas.contains("\"" + last + "\": {")) unused.add(path);
        }
        assertEquals(List.of(), unused);
    }
}
