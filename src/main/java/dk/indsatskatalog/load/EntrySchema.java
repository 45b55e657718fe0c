package dk.indsatskatalog.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.indsatskatalog.model.CostBand;
import dk.indsatskatalog.model.Countries;
import dk.indsatskatalog.model.Direction;
import dk.indsatskatalog.model.RubricClass;
import dk.indsatskatalog.model.Scope;
import dk.indsatskatalog.model.Setting;
import dk.indsatskatalog.model.Slug;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * JSON Schemas (draft 2020-12) for entry and taxonomy files, generated from the document records
 * that {@link ShapeCheck} checks against, so the two cannot drift: field names, types, required
 * fields and unknown-field refusal come from the records; patterns, ranges and code lists from the
 * same constants and vocabularies the validator uses; Danish descriptions from
 * {@code fields.properties}. Editors' tools (VS Code's YAML extension) read the schema through the
 * {@code # yaml-language-server: $schema=…} line at the top of each file.
 */
public final class EntrySchema {
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    public static final String INTERVENTION_FILE = "schema/intervention.schema.json";
    public static final String TAXONOMY_FILE = "schema/taxonomy.schema.json";
    /** The first line of every entry file (the path is relative to content/interventions/). */
    public static final String ENTRY_MODELINE = "# yaml-language-server: $schema=../../" + INTERVENTION_FILE;
    public static final String TAXONOMY_MODELINE = "# yaml-language-server: $schema=../../" + TAXONOMY_FILE;

    static final String SLUG_PATTERN = "^" + Slug.FORM.pattern() + "$";
    static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    static final String URL_PATTERN = "^https?://[^/\\s?#]+([/?#]\\S*)?$";
    static final String COUNTRY_PATTERN = "^([A-Z]{2}|" + Countries.INTERNATIONAL + ")$";
    static final String NOT_BLANK = "\\S";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Properties DESCRIPTIONS = load();

    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private final String prefix;

    /** Constraints beyond shape, keyed by field path with {@code []} for list items. */
    private record Rule(String pattern, Integer minLength, Integer maxLength, Long minimum, Long maximum,
                        List<String> codes, Map<String, String> codeLabels, boolean unique) {
        static Rule pattern(String p) { return new Rule(p, null, null, null, null, null, null, false); }
        static Rule range(long min, long max) { return new Rule(null, null, null, min, max, null, null, false); }
        static Rule codes(List<String> codes, Map<String, String> labels) { return new Rule(null, null, null, null, null, codes, labels, false); }
        static Rule distinct() { return new Rule(null, null, null, null, null, null, null, true); }
    }

    private EntrySchema(String prefix) { this.prefix = prefix; }

    /**
     * The entry schema. {@code vocabularies} maps each taxonomy to its codes and Danish names in file
     * order, so completion offers exactly the codes the validator accepts.
     */
    public static ObjectNode intervention(Map<TaxonomyKind, Map<String, String>> vocabularies) {
        EntrySchema s = new EntrySchema("");
        s.rules.put("slug", new Rule(SLUG_PATTERN, 2, Slug.MAX_LENGTH, null, null, null, null, false));
        s.rules.put("summary.da", new Rule(null, null, 400, null, null, null, null, false));
        s.rules.put("targetGroups", Rule.distinct());
        s.rules.put("targetGroups[]", Rule.codes(List.copyOf(vocabularies.get(TaxonomyKind.TARGET_GROUPS).keySet()), vocabularies.get(TaxonomyKind.TARGET_GROUPS)));
        s.rules.put("themes", Rule.distinct());
        s.rules.put("themes[]", Rule.codes(List.copyOf(vocabularies.get(TaxonomyKind.THEMES).keySet()), vocabularies.get(TaxonomyKind.THEMES)));
        s.rules.put("ageRange.min", Rule.range(0, 120));
        s.rules.put("ageRange.max", Rule.range(0, 120));
        s.rules.put("resources.costBand", Rule.codes(Arrays.stream(CostBand.values()).map(CostBand::code).toList(),
            labels(CostBand.values(), CostBand::code, CostBand::label)));
        s.rules.put("anchoring[].strategy", Rule.codes(List.copyOf(vocabularies.get(TaxonomyKind.ANCHORING_STRATEGIES).keySet()), vocabularies.get(TaxonomyKind.ANCHORING_STRATEGIES)));
        s.rules.put("related", Rule.distinct());
        s.rules.put("related[]", new Rule(SLUG_PATTERN, 2, Slug.MAX_LENGTH, null, null, null, null, false));
        s.rules.put("lastReviewed", Rule.pattern(DATE_PATTERN));
        s.rules.put("evidence.level", Rule.range(1, 5));
        s.rules.put("evidence.studies[].id", Rule.pattern(SLUG_PATTERN));
        s.rules.put("evidence.studies[].year", Rule.range(1900, 2100));
        s.rules.put("evidence.studies[].url", Rule.pattern(URL_PATTERN));
        s.rules.put("evidence.studies[].design", Rule.codes(List.copyOf(vocabularies.get(TaxonomyKind.STUDY_DESIGNS).keySet()), vocabularies.get(TaxonomyKind.STUDY_DESIGNS)));
        s.rules.put("evidence.studies[].country", Rule.pattern(COUNTRY_PATTERN));
        s.rules.put("evidence.studies[].setting", Rule.codes(Arrays.stream(Setting.values()).map(Setting::code).toList(),
            labels(Setting.values(), Setting::code, Setting::label)));
        s.rules.put("evidence.studies[].scope", Rule.codes(Arrays.stream(Scope.values()).map(Scope::code).toList(),
            labels(Scope.values(), Scope::code, Scope::label)));
        s.rules.put("evidence.outcomes[].domain", Rule.codes(List.copyOf(vocabularies.get(TaxonomyKind.OUTCOME_DOMAINS).keySet()), vocabularies.get(TaxonomyKind.OUTCOME_DOMAINS)));
        s.rules.put("evidence.outcomes[].direction", Rule.codes(Arrays.stream(Direction.values()).map(Direction::code).toList(),
            labels(Direction.values(), Direction::code, Direction::label)));
        ObjectNode root = JSON.objectNode();
        root.put("$schema", DIALECT);
        root.put("title", "Indsats i Indsatskatalog");
        root.put("description", s.describe(""));
        root.setAll(s.record(EntryDocument.class, ""));
        return root;
    }

    /** The schema for every file in content/taxonomies/: a list of terms. */
    public static ObjectNode taxonomy() {
        EntrySchema s = new EntrySchema("taxonomy");
        s.rules.put("[].code", new Rule("^([1-5]|" + Slug.FORM.pattern() + ")$", 1, Slug.MAX_LENGTH, null, null, null, null, false));
        s.rules.put("[].rubricClass", Rule.codes(Arrays.stream(RubricClass.values()).map(RubricClass::code).toList(), Map.of()));
        s.rules.put("[].number", Rule.range(0, 5));
        ObjectNode root = JSON.objectNode();
        root.put("$schema", DIALECT);
        root.put("title", "Ordliste i Indsatskatalog");
        root.put("description", s.describe(""));
        root.put("type", "array");
        root.set("items", s.record(TermDocument.class, "[]"));
        return root;
    }

    private ObjectNode value(Type type, String path, boolean nullable) {
        ObjectNode node = JSON.objectNode();
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            node.set("type", types("array", nullable));
            node.set("items", value(list.getActualTypeArguments()[0], path + "[]", false));
        } else if (type == String.class) {
            // ShapeCheck accepts any scalar but true/false as text (YAML reads 120 as a number).
            node.set("type", types(List.of("string", "number"), nullable));
        } else if (type == Boolean.class) {
            node.set("type", types("boolean", nullable));
        } else if (type == Integer.class || type == Long.class) {
            node.set("type", types("integer", nullable));
        } else if (type instanceof Class<?> record && record.isRecord()) {
            node.setAll(record(record, path));
            if (nullable) node.set("type", types("object", true));
        } else {
            throw new IllegalStateException("unsupported document type " + type + " at " + path);
        }
        return node;
    }

    private ObjectNode record(Class<?> record, String path) {
        ObjectNode node = JSON.objectNode();
        node.put("type", "object");
        ObjectNode properties = node.putObject("properties");
        ArrayNode required = JSON.arrayNode();
        for (RecordComponent c : record.getRecordComponents()) {
            String childPath = path.isEmpty() ? c.getName() : path + "." + c.getName();
            Required r = c.getAnnotation(Required.class);
            ObjectNode child = JSON.objectNode();
            child.put("description", describe(childPath));
            child.setAll(value(c.getGenericType(), childPath, r == null || r.nullAllowed()));
            if (r != null && !r.nullAllowed()) {
                if (c.getType() == List.class) child.put("minItems", 1);
                if (c.getType() == String.class) child.put("pattern", NOT_BLANK);
            }
            apply(rules.get(childPath), child);
            properties.set(c.getName(), child);
            if (r != null) required.add(c.getName());
            // list items get their rules where the list is built
            if (c.getType() == List.class && child.has("items")) apply(rules.get(childPath + "[]"), (ObjectNode) child.get("items"));
        }
        if (!required.isEmpty()) node.set("required", required);
        node.put("additionalProperties", false);
        OneOfRequired oneOf = record.getAnnotation(OneOfRequired.class);
        if (oneOf != null) {
            // if the last field has an item the others may be empty, else the one before must have one, and so on
            ObjectNode rule = node;
            String[] fields = oneOf.fields();
            for (int i = fields.length - 1; i > 0; i--) {
                rule.set("if", nonEmpty(fields[i]));
                ObjectNode otherwise = nonEmpty(fields[i - 1]);
                rule.set("else", otherwise);
                rule = otherwise;
            }
        }
        return node;
    }

    /** The schema "this list field is present and has an item". */
    private static ObjectNode nonEmpty(String field) {
        ObjectNode node = JSON.objectNode();
        node.putArray("required").add(field);
        node.putObject("properties").putObject(field).put("type", "array").put("minItems", 1);
        return node;
    }

    private static void apply(Rule rule, ObjectNode node) {
        if (rule == null) return;
        if (rule.pattern() != null) node.put("pattern", rule.pattern());
        if (rule.minLength() != null) node.put("minLength", rule.minLength());
        if (rule.maxLength() != null) node.put("maxLength", rule.maxLength());
        if (rule.minimum() != null) node.put("minimum", rule.minimum());
        if (rule.maximum() != null) node.put("maximum", rule.maximum());
        if (rule.unique()) node.put("uniqueItems", true);
        if (rule.codes() != null) {
            ArrayNode codes = node.putArray("enum");
            boolean nullable = node.path("type").isArray() && node.path("type").toString().contains("null");
            rule.codes().forEach(codes::add);
            if (nullable) codes.addNull();
            if (!rule.codeLabels().isEmpty()) {
                // VS Code shows these beside each code in completion; other validators ignore the keyword.
                ArrayNode labels = node.putArray("enumDescriptions");
                rule.codes().forEach(code -> labels.add(rule.codeLabels().getOrDefault(code, "")));
                if (nullable) labels.add("");
            }
        }
    }

    private static ArrayNode types(String type, boolean nullable) { return types(List.of(type), nullable); }

    private static ArrayNode types(List<String> types, boolean nullable) {
        ArrayNode node = JSON.arrayNode();
        types.forEach(node::add);
        if (nullable) node.add("null");
        return node;
    }

    private String describe(String path) {
        String key = prefix.isEmpty() ? (path.isEmpty() ? "entry" : path)
            : prefix + (path.isEmpty() || path.startsWith("[") ? path : "." + path);
        String text = DESCRIPTIONS.getProperty(key);
        if (text == null) throw new IllegalStateException("fields.properties lacks a description for " + key);
        return text;
    }

    private static <E> Map<String, String> labels(E[] values, java.util.function.Function<E, String> code,
                                                  java.util.function.Function<E, String> label) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (E e : values) labels.put(code.apply(e), label.apply(e));
        return labels;
    }

    /** Each taxonomy's codes with their Danish names, in file order (null when the taxonomies could not be read). */
    public static Map<TaxonomyKind, Map<String, String>> vocabularies(LoadResult loaded) {
        Map<TaxonomyKind, Map<String, String>> vocabularies = new java.util.EnumMap<>(TaxonomyKind.class);
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            LoadedFile<List<TermDocument>> file = loaded.taxonomies().get(kind);
            if (file == null || file.document() == null) return null;
            Map<String, String> codes = new LinkedHashMap<>();
            for (TermDocument t : file.document()) codes.put(t.code(), t.name().da());
            vocabularies.put(kind, codes);
        }
        return vocabularies;
    }

    /** Both schema files as committed: path relative to the project → text (two-space indent, LF, final newline). */
    public static Map<String, String> files(Map<TaxonomyKind, Map<String, String>> vocabularies) {
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(indent);
        printer.indentArraysWith(indent);
        ObjectWriter writer = new ObjectMapper().writer(printer);
        Map<String, String> files = new LinkedHashMap<>();
        try {
            files.put(INTERVENTION_FILE, writer.writeValueAsString(intervention(vocabularies)) + "\n");
            files.put(TAXONOMY_FILE, writer.writeValueAsString(taxonomy()) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    /** Field paths that have a description, for tests that every one is used. */
    static Set<String> describedPaths() { return DESCRIPTIONS.stringPropertyNames(); }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = EntrySchema.class.getResourceAsStream("fields.properties")) {
            if (in == null) throw new IllegalStateException("fields.properties is missing from the class path");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
