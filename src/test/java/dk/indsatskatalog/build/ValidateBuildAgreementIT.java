package dk.indsatskatalog.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dk.indsatskatalog.FolderSnapshot;
import dk.indsatskatalog.TestProject;
import dk.indsatskatalog.problem.Problem;
import dk.indsatskatalog.validate.Validation;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Property: for any mutation of a real entry (a value of another type, deep nesting, Unicode,
 * sizes, Markdown that nests, YAML features such as aliases, tags, tabs and several documents),
 * {@code validate} and {@code build} agree: both pass or both report the same problems, neither
 * fails with an internal error (exit 3), and a build that fails leaves the previous output
 * byte-identical. The mutations walk the YAML tree, so they need no field names and survive
 * changes to the entry format. Fixed seed and a small budget keep {@code mvn verify} fast.
 */
class ValidateBuildAgreementIT {
    private static final List<String> ENTRIES = List.of("lektiecafe", "natteravne", "byhaver");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
    private static Path temp;
    private static TestProject project;
    private static Pipeline pipeline;
    private static Map<String, String> output;

    @BeforeContainer
    static void buildTheUnmutatedProjectOnce() throws IOException {
        temp = Files.createTempDirectory("indsatskatalog-agreement-");
        project = TestProject.create(temp);
        ENTRIES.forEach(project::withRealEntry);
        pipeline = new Pipeline(project.dir());
        BuildResult first = pipeline.build(out());
        if (!first.ok()) throw new IllegalStateException("the unmutated project must build: " + first.problems());
        output = FolderSnapshot.of(out());
    }

    @AfterContainer
    static void cleanUp() {
        if (pipeline != null) pipeline.close();
        if (temp != null) Staging.deleteTree(temp);
    }

    private static Path out() { return project.dir().resolve("target/site"); }

    /** One change to one entry file. */
    record Mutation(String entry, int target, Change change) {}

    /** What happens at the chosen node (or line, for the text changes). */
    sealed interface Change permits Replace, Remove, AddField, Text, ReplaceLongText {}
    /** Replaces one of the file's three longest texts: prose, where Markdown is rendered, whatever the field is called. */
    record ReplaceLongText(JsonNode value, String label) implements Change {
        @Override public String toString() { return "ReplaceLongText[" + label + "]"; }
    }
    record Replace(JsonNode value, String label) implements Change {
        @Override public String toString() { return "Replace[" + label + "]"; }
    }
    record Remove() implements Change {}
    record AddField(String name, JsonNode value, String label) implements Change {
        @Override public String toString() { return "AddField[" + name + ": " + label + "]"; }
    }
    record Text(String kind, String payload) implements Change {}

    @Property(tries = 40, seed = "20261207", shrinking = ShrinkingMode.OFF)
    void validateAndBuildAgreeAndAFailedBuildChangesNothing(@ForAll("mutations") Mutation mutation) throws Exception {
        Path file = project.entries().resolve(mutation.entry() + ".yml");
        byte[] original = Files.readAllBytes(file);
        try {
            Files.write(file, apply(mutation, original));
            Validation validation = assertDoesNotFailInternally(() -> pipeline.validate(), "validate", mutation);
            BuildResult build = assertDoesNotFailInternally(() -> pipeline.build(out()), "build", mutation);
            assertEquals(lines(validation.problems()), lines(build.problems()), () -> "validate and build disagree on " + mutation);
            net.jqwik.api.statistics.Statistics.collect(build.ok() ? "builds" : "problems", mutation.change().getClass().getSimpleName());
            if (build.ok()) {
                output = FolderSnapshot.of(out()); // a valid mutation changes the site; it is the new "previous output"
            } else {
                assertNotEquals(List.of(), build.problems());
                assertEquals(output, FolderSnapshot.of(out()), () -> "a failed build changed the output: " + mutation);
            }
        } finally {
            Files.write(file, original);
        }
    }

    private interface Step<T> { T run() throws Exception; }

    /** An exception out of the pipeline is what the command line turns into exit 3. */
    private static <T> T assertDoesNotFailInternally(Step<T> step, String what, Mutation mutation) {
        try {
            return step.run();
        } catch (Exception | StackOverflowError e) {
            throw new AssertionError(what + " failed internally (exit 3) on " + mutation + ": " + e, e);
        }
    }

    private static List<String> lines(List<Problem> problems) { return problems.stream().map(Problem::toString).toList(); }

    @Provide
    Arbitrary<Mutation> mutations() {
        Arbitrary<Change> change = Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(5, values().map(v -> (Change) new Replace(v.node(), v.label()))),
            net.jqwik.api.Tuple.of(5, Combinators.combine(Arbitraries.integers().between(0, 2), values(), markdownValues())
                .as((which, v, md) -> (Change) (which == 0 ? new ReplaceLongText(v.node(), v.label()) : new ReplaceLongText(md.node(), md.label())))),
            net.jqwik.api.Tuple.of(2, Arbitraries.just(new Remove())),
            net.jqwik.api.Tuple.of(1, Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12), values())
                .as((name, v) -> (Change) new AddField(name, v.node(), v.label()))),
            net.jqwik.api.Tuple.of(3, textChanges()));
        return Combinators.combine(Arbitraries.of(ENTRIES), Arbitraries.integers().between(0, 10_000), change).as(Mutation::new);
    }

    /** A value and a short label for failure messages (the value itself can be 300 KB). */
    record Value(JsonNode node, String label) {}

    private static Arbitrary<Value> values() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        Arbitrary<Value> texts = Arbitraries.oneOf(
            Arbitraries.strings().withCharRange('\u0020', '\u07ff').ofMaxLength(40),
            Arbitraries.strings().withChars("æøåÆØÅ‮​\u0301🙂<>&\"'\\{}$%:#-*[]|!`~").ofMaxLength(30),
            Arbitraries.of("<script>alert(1)</script>", "[x](javascript:alert(1))", "[x](data:text/html,hi)", "${env:HOME}",
                "../../../etc/passwd", "no", "yes", "~", "null", "2026-02-30", "0x1F", ".nan", "\u0000", "a: b", "- x", "")
        ).map(s -> new Value(f.textNode(s), "text " + s.length()));
        Arbitrary<Value> markdown = markdownValues();
        Arbitrary<Value> sizes = Arbitraries.of(1_000, 60_000, 300_000)
            .map(n -> new Value(f.textNode("ø".repeat(n)), "text of " + n + " chars"));
        Arbitrary<Value> numbers = Arbitraries.oneOf(
            Arbitraries.integers().map(i -> new Value(f.numberNode(i), "int " + i)),
            Arbitraries.of(new BigInteger("99999999999999999999999"), BigInteger.valueOf(Long.MIN_VALUE))
                .map(b -> new Value(f.numberNode(b), "big " + b)),
            Arbitraries.doubles().map(d -> new Value(f.numberNode(d), "double " + d)));
        Arbitrary<Value> scalars = Arbitraries.of(
            new Value(f.booleanNode(true), "true"), new Value(f.booleanNode(false), "false"), new Value(f.nullNode(), "null"));
        Arbitrary<Value> nested = Combinators.combine(Arbitraries.integers().between(1, 60), Arbitraries.of(true, false))
            .as((depth, lists) -> new Value(nest(depth, lists), (lists ? "lists" : "maps") + " nested " + depth));
        Arbitrary<Value> containers = Arbitraries.of(
            new Value(f.arrayNode(), "[]"), new Value(f.objectNode(), "{}"),
            new Value(f.arrayNode().add("a").add(1).add(f.nullNode()), "[a, 1, null]"),
            new Value(f.objectNode().put("x", "y"), "{x: y}"));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, texts), net.jqwik.api.Tuple.of(2, markdown),
            net.jqwik.api.Tuple.of(1, sizes), net.jqwik.api.Tuple.of(2, numbers), net.jqwik.api.Tuple.of(2, scalars),
            net.jqwik.api.Tuple.of(2, nested), net.jqwik.api.Tuple.of(2, containers));
    }

    /** Markdown that nests: block quotes, lists, emphasis, links and images inside each other, around the limit and far past it. */
    private static Arbitrary<Value> markdownValues() {
        return Combinators.combine(Arbitraries.of("> ", "- ", "1. ", "*", "[", "![", "  - ", "> - "),
                Arbitraries.of(10, 31, 33, 200, 20_000))
            .as((marker, n) -> new Value(JsonNodeFactory.instance.textNode(marker.repeat(n) + "x" + (marker.equals("*") ? "*".repeat(n) : "")),
                "markdown " + marker.strip() + "×" + n));
    }

    private static JsonNode nest(int depth, boolean lists) {
        JsonNode node = JsonNodeFactory.instance.textNode("inderst");
        for (int i = 0; i < depth; i++) {
            if (lists) { ArrayNode a = JsonNodeFactory.instance.arrayNode(); a.add(node); node = a; }
            else { ObjectNode o = JsonNodeFactory.instance.objectNode(); o.set("n", node); node = o; }
        }
        return node;
    }

    /** Changes to the file's text: YAML features and encodings a tree cannot express. */
    private static Arbitrary<Change> textChanges() {
        return Arbitraries.of(
            new Text("insert", "anker: &a [1, 2]\nalias: *a"),
            new Text("insert", "<<: {slug: flettet}"),
            new Text("insert", "binaer: !!binary aGVq"),
            new Text("insert", "tal: !!int \"12\""),
            new Text("insert", "egen: !tag vaerdi"),
            new Text("insert", "? [kompleks, noegle]\n: vaerdi"),
            new Text("insert", "---\nslug: andet-dokument"),
            new Text("insert", "..."),
            new Text("insert", "\tindrykket: med tabulator"),
            new Text("insert", "  forkert: indrykning"),
            new Text("insert", "slug: to-gange"),
            new Text("insert", "# en kommentar med ${env:HOME} og <script>"),
            new Text("insert", "description: \"ikke lukket"),
            new Text("bytes", "\u00e6"),        // written as one ISO-8859-1 byte: not UTF-8
            new Text("bom", "\uFEFF"),
            new Text("crlf", "\r\n"),
            new Text("truncate", ""),
            new Text("empty", ""));
    }

    private static byte[] apply(Mutation m, byte[] original) throws IOException {
        String text = new String(original, StandardCharsets.UTF_8);
        if (m.change() instanceof Text t) {
            List<String> lines = new ArrayList<>(text.lines().toList());
            int at = m.target() % (lines.size() + 1);
            return switch (t.kind()) {
                case "insert" -> { lines.add(at, t.payload()); yield (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8); }
                case "bytes" -> {
                    lines.add(at, "x: " + t.payload());
                    yield (String.join("\n", lines) + "\n").getBytes(StandardCharsets.ISO_8859_1);
                }
                case "bom" -> (t.payload() + text).getBytes(StandardCharsets.UTF_8);
                case "crlf" -> text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
                case "truncate" -> java.util.Arrays.copyOf(original, m.target() % original.length);
                case "empty" -> new byte[0];
                default -> throw new IllegalArgumentException(t.kind());
            };
        }
        JsonNode root = YAML.readTree(original);
        if (m.change() instanceof ReplaceLongText r) {
            List<Map.Entry<JsonNode, String>> texts = new ArrayList<>(); // parent container → field name or index
            collectTexts(root, texts);
            texts.sort(java.util.Comparator.comparingInt((Map.Entry<JsonNode, String> e) -> -childOf(e).asText().length()));
            Map.Entry<JsonNode, String> chosen = texts.get(Math.max(0, m.target() % 4 - 1) % Math.min(3, texts.size())); // the longest, half the time
            if (chosen.getKey() instanceof ObjectNode o) o.set(chosen.getValue(), r.value());
            else ((ArrayNode) chosen.getKey()).set(Integer.parseInt(chosen.getValue()), r.value());
            return YAML.writeValueAsBytes(root);
        }
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode parent = containers.get(m.target() % containers.size());
        int children = parent.size();
        if (m.change() instanceof AddField add) {
            if (parent instanceof ObjectNode o) o.set(add.name(), add.value()); else ((ArrayNode) parent).add(add.value());
        } else if (children > 0) {
            int index = (m.target() / containers.size()) % children;
            if (parent instanceof ObjectNode o) {
                String name = fieldName(o, index);
                if (m.change() instanceof Replace r) o.set(name, r.value()); else o.remove(name);
            } else {
                ArrayNode a = (ArrayNode) parent;
                if (m.change() instanceof Replace r) a.set(index, r.value()); else a.remove(index);
            }
        }
        return YAML.writeValueAsBytes(root);
    }

    private static void collectTexts(JsonNode node, List<Map.Entry<JsonNode, String>> texts) {
        if (node instanceof ObjectNode o) {
            o.properties().forEach(e -> {
                if (e.getValue().isTextual()) texts.add(Map.entry(o, e.getKey())); else collectTexts(e.getValue(), texts);
            });
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i).isTextual()) texts.add(Map.entry(a, String.valueOf(i))); else collectTexts(a.get(i), texts);
            }
        }
    }

    private static JsonNode childOf(Map.Entry<JsonNode, String> e) {
        return e.getKey() instanceof ObjectNode o ? o.get(e.getValue()) : e.getKey().get(Integer.parseInt(e.getValue()));
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (!node.isContainerNode()) return;
        containers.add(node);
        for (JsonNode child : node) collect(child, containers);
    }

    private static String fieldName(ObjectNode o, int index) {
        return o.properties().stream().skip(index).findFirst().orElseThrow().getKey();
    }



    @Override public String toString() { return "ValidateBuildAgreementIT"; }
}
