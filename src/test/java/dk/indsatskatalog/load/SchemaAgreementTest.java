package dk.indsatskatalog.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dk.indsatskatalog.TestProject;
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
 * The JSON Schema editors' tools use and the Java validator agree: the committed schemas are the
 * generated ones, every real file passes both, and each broken entry in the corpus below fails
 * both on the same field. Rules a schema cannot express (a cited study exists, the slug equals the
 * file name, the level follows from the studies, no duplicates inside a list of objects, and the
 * cross-entry rules: related slugs exist and point both ways, one title per source URL) are left to
 * the Java validator and are not in the corpus.
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
        BROKEN.put("year-missing", new String[]{"      year: 2018\n", "", "evidence.studies[0].year"});
        BROKEN.put("year-implausible", new String[]{"year: 2018", "year: 1850", "evidence.studies[0].year"});
        BROKEN.put("malformed-url", new String[]{"url: https://example.org/rapport", "url: htp:/example.org", "evidence.studies[0].url"});
        BROKEN.put("unknown-design", new String[]{"design: qualitative", "design: interview", "evidence.studies[0].design"});
        BROKEN.put("country-not-code", new String[]{"country: DK", "country: Danmark", "evidence.studies[0].country"});
        BROKEN.put("country-read-as-boolean", new String[]{"country: DK", "country: no", "evidence.studies[0].country"});
        BROKEN.put("unknown-setting", new String[]{"setting: social-housing", "setting: boligomraade", "evidence.studies[0].setting"});
        BROKEN.put("unknown-scope", new String[]{"setting: social-housing", "setting: social-housing\n      scope: bredere",
            "evidence.studies[0].scope"});
        BROKEN.put("unknown-domain", new String[]{"domain: skole-og-laering", "domain: skole", "evidence.outcomes[0].domain"});
        BROKEN.put("unknown-direction", new String[]{"direction: positive", "direction: up", "evidence.outcomes[0].direction"});
        BROKEN.put("english-name-missing", new String[]{"\n  en: Valid intervention}", "}", "name.en"});
        BROKEN.put("english-summary-blank", new String[]{"en: A short summary.}", "en: \" \"}", "summary.en"});
        BROKEN.put("search-words-missing", new String[]{"searchWords: [proeve]\n", "", "searchWords"});
        BROKEN.put("search-words-empty", new String[]{"searchWords: [proeve]", "searchWords: []", "searchWords"});
        BROKEN.put("no-place-or-gap", new String[]{"knowledgeGaps: [\"Kilderne nævner ikke, hvor indsatsen bruges.\"]\n", "", "places"});
        BROKEN.put("empty-places-and-gaps", new String[]{"knowledgeGaps: [\"Kilderne nævner ikke, hvor indsatsen bruges.\"]",
            "places: []\nknowledgeGaps: []", "places"});
        BROKEN.put("no-study", new String[]{"  studies:\n    - id: vive-2018\n      authors: VIVE\n      title: En evaluering\n"
            + "      year: 2018\n      url: https://example.org/rapport\n      design: qualitative\n      country: DK\n"
            + "      setting: social-housing\n", "  studies: []\n", "evidence.studies"});
        BROKEN.put("outcome-without-study", new String[]{"studies: [vive-2018]", "studies: []", "evidence.outcomes[0].studies"});
        BROKEN.put("ill-formed-related", new String[]{"lastReviewed:", "related: [Andet_Navn]\nlastReviewed:", "related[0]"});
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

    /** Field paths of the schema's errors, written as the Java validator writes them. */
    static Set<String> schemaFields(Schema schema, JsonNode document) {
        Set<String> fields = new TreeSet<>();
        for (Error e : schema.validate(document)) {
            String at = javaPath(e.getInstanceLocation().toString());
            if ("required".equals(e.getKeyword()) || "additionalProperties".equals(e.getKeyword())) {
                at = at.isEmpty() ? e.getProperty() : at + "." + e.getProperty();
            }
            fields.add(at);
        }
        return fields;
    }

    /** A JSON Pointer ({@code /evidence/studies/0/year}) as a field path ({@code evidence.studies[0].year}). */
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
        for (Map.Entry<String, String> file : EntrySchema.files(EntrySchema.vocabularies(loaded)).entrySet()) {
            assertEquals(file.getValue(), Files.readString(REPO.resolve(file.getKey())),
                file.getKey() + " is stale; run: java -jar target/indsatskatalog.jar schema");
        }
    }

    @Test void everyRealEntryPassesTheSchemaAndStartsWithTheSchemaLine() throws IOException {
        Schema schema = schema(EntrySchema.INTERVENTION_FILE);
        Map<String, Set<String>> failures = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(REPO.resolve("content/interventions"))) { files = s.sorted().toList(); }
        assertTrue(files.size() >= 41, "the catalogue started with 41 entries");
        for (Path file : files) {
            String text = Files.readString(file);
            if (!text.startsWith(EntrySchema.ENTRY_MODELINE + "\n")) failures.put(file.getFileName().toString(), Set.of("first line"));
            Set<String> fields = schemaFields(schema, YAML.readTree(text));
            if (!fields.isEmpty()) failures.put(file.getFileName().toString(), fields);
        }
        assertEquals(Map.of(), failures);
    }

    @Test void everyRealTaxonomyPassesTheSchemaAndStartsWithTheSchemaLine() throws IOException {
        Schema schema = schema(EntrySchema.TAXONOMY_FILE);
        Map<String, Set<String>> failures = new TreeMap<>();
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            Path file = REPO.resolve("content/taxonomies").resolve(kind.fileName());
            String text = Files.readString(file);
            if (!text.startsWith(EntrySchema.TAXONOMY_MODELINE + "\n")) failures.put(kind.fileName(), Set.of("first line"));
            Set<String> fields = schemaFields(schema, YAML.readTree(text));
            if (!fields.isEmpty()) failures.put(kind.fileName(), fields);
        }
        assertEquals(Map.of(), failures);
    }

    @Test void theValidFixturePassesBoth() throws IOException {
        assertEquals(Set.of(), schemaFields(schema(EntrySchema.INTERVENTION_FILE), YAML.readTree(TestProject.fixtureText("gyldig"))));
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
        Schema schema = schema(EntrySchema.INTERVENTION_FILE);
        Map<String, Set<String>> expected = new TreeMap<>();
        Map<String, Set<String>> bySchema = new TreeMap<>();
        for (String name : BROKEN.keySet()) {
            expected.put(name, Set.of(BROKEN.get(name)[2]));
            bySchema.put(name, schemaFields(schema, YAML.readTree(Files.readString(project.entries().resolve(name + ".yml")))));
        }
        assertEquals(expected, java, "Java validator");
        assertEquals(expected, bySchema, "JSON Schema");
    }

    @Test void everyBrokenTaxonomyFailsBothOnTheSameField() throws IOException {
        String[][] cases = {
            {"study-designs.yml", "rubricClass: causal", "rubricClass: kausal", "[0].rubricClass"},
            {"themes.yml", "- code: kriminalitetsforebyggelse", "- code: Kriminalitet", "[0].code"},
            {"themes.yml", "- code: kriminalitetsforebyggelse", "- code: kriminalitetsforebyggelse\n  navn: Kriminalitet", "[0].navn"},
            {"themes.yml", "- code: kriminalitetsforebyggelse\n  name: {da: Kriminalitetsforebyggelse og tryghed, en: Crime prevention and safety}",
                "- code: kriminalitetsforebyggelse", "[0].name"},
        };
        Schema schema = schema(EntrySchema.TAXONOMY_FILE);
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
        String schemas = Files.readString(REPO.resolve(EntrySchema.INTERVENTION_FILE)) + Files.readString(REPO.resolve(EntrySchema.TAXONOMY_FILE));
        List<String> unused = new ArrayList<>();
        for (String path : new TreeSet<>(EntrySchema.describedPaths())) {
            String last = path.replaceAll(".*[.\\]]", "");
            if (!last.isEmpty() && !path.equals("entry") && !path.equals("taxonomy") && !schemas.contains("\"" + last + "\": {")) unused.add(path);
        }
        assertEquals(List.of(), unused);
    }
}
