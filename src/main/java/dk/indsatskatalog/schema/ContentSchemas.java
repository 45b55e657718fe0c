package dk.indsatskatalog.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.indsatskatalog.load.EntryDocument;
import dk.indsatskatalog.load.LoadResult;
import dk.indsatskatalog.load.LoadedFile;
import dk.indsatskatalog.load.OneOfRequired;
import dk.indsatskatalog.load.Required;
import dk.indsatskatalog.load.ShapeCheck;
import dk.indsatskatalog.load.SourceDocument;
import dk.indsatskatalog.load.TaxonomyKind;
import dk.indsatskatalog.load.TermDocument;
import dk.indsatskatalog.model.CostBand;
import dk.indsatskatalog.model.Countries;
import dk.indsatskatalog.model.Direction;
import dk.indsatskatalog.model.EvidenceLevel;
import dk.indsatskatalog.model.FindingKind;
import dk.indsatskatalog.model.RubricClass;
import dk.indsatskatalog.model.Scope;
import dk.indsatskatalog.model.Setting;
import dk.indsatskatalog.model.Slug;
import dk.indsatskatalog.model.SourceKind;
import dk.indsatskatalog.model.Subject;
import dk.indsatskatalog.problem.Messages;
import dk.indsatskatalog.validate.Limits;
import dk.indsatskatalog.problem.ProblemCode;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSON Schemas (draft 2020-12) for entry, source and taxonomy files, generated from the document
 * records that {@link ShapeCheck} checks against, so the two cannot drift: field names, types,
 * required fields and unknown-field refusal come from the records; patterns, ranges and code lists
 * from the same constants and vocabularies the validator uses; the rules between fields of one file
 * (a source's kind against its design, title or description) as {@code if}/{@code then} conditions;
 * Danish descriptions from {@code fields.properties}. Editors' tools (VS Code's YAML extension) read
 * the schema through the {@code # yaml-language-server: $schema=…} line at the top of each file.
 * Rules that need other files (a cited source exists, a source is used) stay with the validator.
 */
public final class ContentSchemas {
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    public static final String INTERVENTION_FILE = "schema/intervention.schema.json";
    public static final String SOURCE_FILE = "schema/source.schema.json";
    public static final String TAXONOMY_FILE = "schema/taxonomy.schema.json";
    /** The first line of every entry file (the path is relative to content/interventions/). */
    public static final String ENTRY_MODELINE = "# yaml-language-server: $schema=../../" + INTERVENTION_FILE;
    /** The first line of every source file (the path is relative to content/kilder/). */
    public static final String SOURCE_MODELINE = "# yaml-language-server: $schema=../../" + SOURCE_FILE;
    public static final String TAXONOMY_MODELINE = "# yaml-language-server: $schema=../../" + TAXONOMY_FILE;

    static final String SLUG_PATTERN = "^" + Slug.FORM.pattern() + "$";
    static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    static final String URL_PATTERN = "^https?://[^/\\s?#]+([/?#]\\S*)?$";
    static final String COUNTRY_PATTERN = "^([A-Z]{2}|" + Countries.INTERNATIONAL + ")$";
    static final String NOT_BLANK = "\\S";
    /**
     * Kinds of source that always have one design, as the validator's kind/design check has them: a
     * description of practice is descriptive, a systematic review is a systematic review.
     */
    static final Map<SourceKind, String> DESIGN_OF_KIND = designOfKind();

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Messages DESCRIPTIONS = Messages.of(ContentSchemas.class, "fields.properties");

    private final Map<String, Rule> rules = new LinkedHashMap<>();
    /** Rules between the fields of one object, keyed by the object's path; written as the object's {@code allOf}. */
    private final Map<String, List<ObjectNode>> conditions = new LinkedHashMap<>();
    private final String prefix;

    /**
     * What the schemas need from the taxonomies: each taxonomy's codes with their Danish names in file
     * order, and the outcome domains that record delivery rather than change ({@code measuresEffect: false}).
     */
    public record CodeLists(Map<TaxonomyKind, Map<String, String>> codes, Set<String> deliveryDomains) {
        public CodeLists { codes = Map.copyOf(codes); deliveryDomains = Set.copyOf(deliveryDomains); }
        List<String> of(TaxonomyKind kind) { return List.copyOf(codes.get(kind).keySet()); }
        Map<String, String> labels(TaxonomyKind kind) { return codes.get(kind); }
    }

    /** Constraints beyond shape, keyed by field path with {@code []} for list items. */
    private record Rule(String pattern, Integer minLength, Integer maxLength, Long minimum, Long maximum,
                        List<String> codes, Map<String, String> codeLabels, boolean unique) {
        static Rule pattern(String p) { return new Rule(p, null, null, null, null, null, null, false); }
        static Rule range(long min, long max) { return new Rule(null, null, null, min, max, null, null, false); }
        static Rule codes(List<String> codes, Map<String, String> labels) { return new Rule(null, null, null, null, null, codes, labels, false); }
        static Rule distinct() { return new Rule(null, null, null, null, null, null, null, true); }
    }

    private ContentSchemas(String prefix) { this.prefix = prefix; }

    /** The entry schema: codes from {@code lists}, so completion offers exactly the codes the validator accepts. */
    public static ObjectNode intervention(CodeLists lists) {
        ContentSchemas s = new ContentSchemas("");
        s.rules.put("slug", new Rule(SLUG_PATTERN, 2, Slug.MAX_LENGTH, null, null, null, null, false));
        s.rules.put("summary.da", new Rule(null, null, Limits.SUMMARY_MAX, null, null, null, null, false));
        s.rules.put("targetGroups", Rule.distinct());
        s.rules.put("targetGroups[]", Rule.codes(lists.of(TaxonomyKind.TARGET_GROUPS), lists.labels(TaxonomyKind.TARGET_GROUPS)));
        s.rules.put("themes", Rule.distinct());
        s.rules.put("themes[]", Rule.codes(lists.of(TaxonomyKind.THEMES), lists.labels(TaxonomyKind.THEMES)));
        s.rules.put("ageRange.min", Rule.range(Limits.AGE_MIN, Limits.AGE_MAX));
        s.rules.put("ageRange.max", Rule.range(Limits.AGE_MIN, Limits.AGE_MAX));
        s.rules.put("resources.costBand", Rule.codes(Arrays.stream(CostBand.values()).map(CostBand::code).toList(),
            labels(CostBand.values(), CostBand::code, CostBand::label)));
        s.rules.put("anchoring[].strategy", Rule.codes(lists.of(TaxonomyKind.ANCHORING_STRATEGIES), lists.labels(TaxonomyKind.ANCHORING_STRATEGIES)));
        s.rules.put("related", Rule.distinct());
        s.rules.put("related[]", new Rule(SLUG_PATTERN, 2, Slug.MAX_LENGTH, null, null, null, null, false));
        s.rules.put("lastReviewed", Rule.pattern(DATE_PATTERN));
        s.rules.put("evidence.level", Rule.range(EvidenceLevel.MIN, EvidenceLevel.MAX));
        for (String citing : List.of("descriptionSources", "resources.sources", "resources.cost.sources", "anchoring[].sources",
                                     "places[].sources", "evidence.outcomes[].sources")) {
            s.rules.put(citing, Rule.distinct());
            s.rules.put(citing + "[]", Rule.pattern(SLUG_PATTERN));
        }
        s.rules.put("evidence.outcomes[].domain", Rule.codes(lists.of(TaxonomyKind.OUTCOME_DOMAINS), lists.labels(TaxonomyKind.OUTCOME_DOMAINS)));
        s.rules.put("evidence.outcomes[].kind", Rule.codes(Arrays.stream(FindingKind.values()).map(FindingKind::code).toList(),
            labels(FindingKind.values(), FindingKind::code, k -> k.label() + ": " + k.description())));
        s.rules.put("evidence.outcomes[].about", Rule.codes(Arrays.stream(Subject.values()).map(Subject::code).toList(),
            labels(Subject.values(), Subject::code, Subject::label)));
        s.rules.put("evidence.outcomes[].scope", Rule.codes(Arrays.stream(Scope.values()).map(Scope::code).toList(),
            labels(Scope.values(), Scope::code, Scope::label)));
        s.rules.put("evidence.outcomes[].direction", Rule.codes(Arrays.stream(Direction.values()).map(Direction::code).toList(),
            labels(Direction.values(), Direction::code, Direction::label)));
        if (!lists.deliveryDomains().isEmpty()) {
            // A domain that records delivery or take-up holds no effect and no measured change.
            List<String> delivery = lists.of(TaxonomyKind.OUTCOME_DOMAINS).stream().filter(lists.deliveryDomains()::contains).toList();
            List<String> kinds = Arrays.stream(FindingKind.values()).filter(k -> k != FindingKind.EFFECT && k != FindingKind.CHANGE)
                .map(FindingKind::code).toList();
            s.condition("evidence.outcomes[]", when(present("domain", codes(delivery))), field("kind", codes(kinds)));
        }
        return root("Indsats i Indsatskatalog", s, EntryDocument.class);
    }

    /**
     * The schema for a file in the source register, content/kilder/&lt;id&gt;.yml. Beyond the shape it
     * states what the validator checks inside one source file: exactly one of title and description, a
     * design unless the source reports on another, only a web page reports on another and then has no
     * design of its own, a kind that always has one design has it, and a verified design names its basis
     * and is never verified from a web page. The id (the file name) and {@code reportsOn} pointing at an
     * existing study are left to the validator.
     */
    public static ObjectNode source(CodeLists lists) {
        ContentSchemas s = new ContentSchemas("source");
        s.rules.put("kind", Rule.codes(Arrays.stream(SourceKind.values()).map(SourceKind::code).toList(),
            labels(SourceKind.values(), SourceKind::code, SourceKind::label)));
        s.rules.put("year", Rule.range(Limits.YEAR_MIN, Limits.YEAR_MAX));
        s.rules.put("url", Rule.pattern(URL_PATTERN));
        s.rules.put("design", Rule.codes(lists.of(TaxonomyKind.STUDY_DESIGNS), lists.labels(TaxonomyKind.STUDY_DESIGNS)));
        s.rules.put("country", Rule.pattern(COUNTRY_PATTERN));
        s.rules.put("setting", Rule.codes(Arrays.stream(Setting.values()).map(Setting::code).toList(),
            labels(Setting.values(), Setting::code, Setting::label)));
        s.rules.put("reportsOn", Rule.pattern(SLUG_PATTERN));

        // Exactly one of title and description (blank counts as absent, as in the validator).
        s.condition("", anyOf(ProblemCode.SOURCE_TITLE_OR_DESCRIPTION.message(), nonBlank("title"), nonBlank("description")));
        s.condition("", when(nonBlank("title")), field("description", not(NON_BLANK_VALUE), ProblemCode.SOURCE_TITLE_OR_DESCRIPTION.message()));
        // A design, unless the source reports on another; then the design is the other's.
        s.condition("", when(not(nonNull("reportsOn"))), then(anyOf(ProblemCode.SOURCE_DESIGN_MISSING.message(), nonNull("design"))));
        s.condition("", when(nonNull("reportsOn")), field("design", NULL_VALUE));
        s.condition("", when(nonNull("reportsOn"), property("design", NULL_VALUE)), field("designVerified", NULL_VALUE));
        for (SourceKind kind : SourceKind.values()) {
            if (kind != SourceKind.WEB) {
                s.condition("", when(present("kind", constant(kind.code()))),
                    field("reportsOn", NULL_VALUE, ProblemCode.SOURCE_REPORTS_ON_KIND.message(kind.code())));
            }
        }
        DESIGN_OF_KIND.forEach((kind, design) -> s.condition("", when(present("kind", constant(kind.code()))),
            field("design", codes(Arrays.asList(design, null)))));
        s.condition("", when(present("kind", constant(SourceKind.WEB.code()))),
            field("designVerified", codes(Arrays.asList(false, null)), ProblemCode.SOURCE_WEB_VERIFIED.message()));
        s.condition("", when(not(nonBlank("designBasis"))),
            field("designVerified", codes(Arrays.asList(false, null)), ProblemCode.SOURCE_VERIFIED_WITHOUT_BASIS.message()));

        return root("Kilde i Indsatskatalogs kilderegister", s, SourceDocument.class);
    }

    /** A document schema: the dialect, its title, and the record's description and properties. */
    private static ObjectNode root(String title, ContentSchemas s, Class<?> record) {
        ObjectNode root = JSON.objectNode();
        root.put("$schema", DIALECT);
        root.put("title", title);
        root.put("description", s.describe(""));
        root.setAll(s.record(record, ""));
        return root;
    }

    /** The schema for every file in content/taxonomies/: a list of terms. */
    public static ObjectNode taxonomy() {
        ContentSchemas s = new ContentSchemas("taxonomy");
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
        List<ObjectNode> rules = conditions.getOrDefault(path, List.of());
        if (!rules.isEmpty()) rules.forEach(node.putArray("allOf")::add);
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

    private void condition(String path, ObjectNode... parts) {
        ObjectNode rule = JSON.objectNode();
        for (ObjectNode part : parts) rule.setAll(part);
        conditions.computeIfAbsent(path, p -> new ArrayList<>()).add(rule);
    }

    /** A text that is not blank; numbers count as text, as in {@link ShapeCheck}. */
    private static final ObjectNode NON_BLANK_VALUE = JSON.objectNode().<ObjectNode>set("type", types(List.of("string", "number"), false))
        .put("pattern", NOT_BLANK);
    private static final ObjectNode NULL_VALUE = JSON.objectNode().put("type", "null");

    /** {@code {"if": …}}: the condition under which the parts that follow must hold. */
    private static ObjectNode when(ObjectNode... parts) {
        ObjectNode condition = JSON.objectNode();
        for (ObjectNode part : parts) {
            part.fields().forEachRemaining(f -> {
                if (f.getKey().equals("properties") && condition.has("properties")) ((ObjectNode) condition.get("properties")).setAll((ObjectNode) f.getValue());
                else if (f.getKey().equals("required") && condition.has("required")) ((ArrayNode) condition.get("required")).addAll((ArrayNode) f.getValue());
                else condition.set(f.getKey(), f.getValue().deepCopy());
            });
        }
        return JSON.objectNode().set("if", condition);
    }

    /**
     * {@code {"then": {"properties": {field: value}}}}: reported at the field, where the validator reports it;
     * VS Code shows {@code message} (its {@code errorMessage} keyword) when it fails.
     */
    private static ObjectNode field(String name, ObjectNode value, String message) {
        ObjectNode copy = value.deepCopy();
        if (message != null) copy.put("errorMessage", message);
        return JSON.objectNode().set("then", property(name, copy));
    }

    private static ObjectNode field(String name, ObjectNode value) { return field(name, value, null); }

    /**
     * {@code {"anyOf": […]}}: at least one of the alternatives, reported at the object itself, where the validator
     * reports a missing choice (VS Code names the missing field of the nearest alternative).
     */
    private static ObjectNode anyOf(String message, ObjectNode... alternatives) {
        ObjectNode rule = JSON.objectNode();
        ArrayNode any = rule.putArray("anyOf");
        for (ObjectNode alternative : alternatives) any.add(alternative);
        rule.put("errorMessage", message);
        return rule;
    }

    private static ObjectNode then(ObjectNode schema) { return JSON.objectNode().set("then", schema); }

    /** The field is present with a value that is not blank. */
    private static ObjectNode nonBlank(String field) { return present(field, NON_BLANK_VALUE); }

    /** The field is present and not null. */
    private static ObjectNode nonNull(String field) { return present(field, not(NULL_VALUE)); }

    /** The field is present and matches {@code value}. */
    private static ObjectNode present(String field, ObjectNode value) {
        ObjectNode node = property(field, value);
        node.putArray("required").add(field);
        return node;
    }

    /** The field matches {@code value} when it is present. */
    private static ObjectNode property(String field, ObjectNode value) {
        ObjectNode node = JSON.objectNode();
        node.putObject("properties").set(field, value.deepCopy());
        return node;
    }

    private static ObjectNode not(ObjectNode schema) { return JSON.objectNode().set("not", schema.deepCopy()); }

    private static ObjectNode constant(String value) { return JSON.objectNode().put("const", value); }

    private static ObjectNode codes(List<?> values) {
        ObjectNode node = JSON.objectNode();
        ArrayNode list = node.putArray("enum");
        for (Object v : values) {
            if (v == null) list.addNull();
            else if (v instanceof Boolean b) list.add(b);
            else list.add(v.toString());
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
        return DESCRIPTIONS.get(key);
    }

    private static <E> Map<String, String> labels(E[] values, java.util.function.Function<E, String> code,
                                                  java.util.function.Function<E, String> label) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (E e : values) labels.put(code.apply(e), label.apply(e));
        return labels;
    }

    /** What the schemas need from the taxonomies, or null when the taxonomies could not be read. */
    public static CodeLists vocabularies(LoadResult loaded) {
        Map<TaxonomyKind, Map<String, String>> codes = new java.util.EnumMap<>(TaxonomyKind.class);
        Set<String> delivery = new LinkedHashSet<>();
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            LoadedFile<List<TermDocument>> file = loaded.taxonomies().get(kind);
            if (file == null || file.document() == null) return null;
            Map<String, String> labels = new LinkedHashMap<>();
            for (TermDocument t : file.document()) {
                labels.put(t.code(), t.name().da());
                if (kind == TaxonomyKind.OUTCOME_DOMAINS && Boolean.FALSE.equals(t.measuresEffect())) delivery.add(t.code());
            }
            codes.put(kind, labels);
        }
        return new CodeLists(codes, delivery);
    }

    /** The schema files as committed: path relative to the project → text (two-space indent, LF, final newline). */
    public static Map<String, String> files(CodeLists lists) {
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(indent);
        printer.indentArraysWith(indent);
        ObjectWriter writer = new ObjectMapper().writer(printer);
        Map<String, String> files = new LinkedHashMap<>();
        try {
            files.put(INTERVENTION_FILE, writer.writeValueAsString(intervention(lists)) + "\n");
            files.put(SOURCE_FILE, writer.writeValueAsString(source(lists)) + "\n");
            files.put(TAXONOMY_FILE, writer.writeValueAsString(taxonomy()) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    /** Field paths that have a description, for tests that every one is used. */
    static Set<String> describedPaths() { return DESCRIPTIONS.keys(); }

    private static Map<SourceKind, String> designOfKind() {
        Map<SourceKind, String> designs = new java.util.EnumMap<>(SourceKind.class);
        designs.put(SourceKind.PRACTICE_DESCRIPTION, "descriptive");
        designs.put(SourceKind.SYSTEMATIC_REVIEW, "systematic-review");
        return designs;
    }
}
