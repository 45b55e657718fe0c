package dk.indsatskatalog.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every template component (a folder in templates/components with its macro file, a .yml of
 * parameters and examples, and a README) renders every example: each expected selector matches, the
 * text is as written, and nothing in it could run. Each example is rendered again with hostile text in
 * every string (a script element, quotes and an angle bracket that would end an attribute, an image
 * with an event handler) and with a {@code javascript:} URL in every address; both must come out inert.
 */
class ComponentExamplesTest {
    static final Path COMPONENTS = TemplateHarness.TEMPLATES.resolve("components");
    /** Closes an attribute with either quote, ends the tag, opens a script and an element with a handler. */
    static final String HOSTILE = "\"'><script>alert(1)</script><img src=x onerror=alert(2)>";
    static final String SCRIPT_URL = " JaVaScRiPt:alert(3)";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static List<String> components() throws IOException {
        try (Stream<Path> dirs = Files.list(COMPONENTS)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        }
    }

    @Test void everyComponentIsAFolderWithItsMacroFileParametersAndReadme() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> entries = Files.list(COMPONENTS)) {
            for (Path p : entries.sorted().toList()) {
                String name = p.getFileName().toString();
                if (!Files.isDirectory(p)) { problems.add(name + ": a file outside a component folder"); continue; }
                if (!name.matches("[a-z]+(-[a-z]+)*")) problems.add(name + ": folder names are kebab-case");
                for (String file : List.of(name + ".ftlh", name + ".yml", "README.md")) {
                    if (!Files.isRegularFile(p.resolve(file))) problems.add(name + ": lacks " + file);
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(components().size() >= 12, "components: " + components());
    }

    @Test void eachYmlDescribesExactlyTheMacrosAndParametersItsFileDeclares() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String component : components()) {
            Map<String, Set<String>> declared = TemplateHarness.macros(component);
            Map<String, Object> described = macrosOf(component);
            if (!declared.keySet().equals(described.keySet())) {
                problems.add(component + ": macros " + new TreeSet<>(declared.keySet()) + " but the yml describes " + new TreeSet<>(described.keySet()));
                continue;
            }
            for (String macro : declared.keySet()) {
                Set<String> params = new TreeSet<>();
                for (Map<String, Object> p : params(component, macro)) params.add((String) p.get("name"));
                if (!params.equals(new TreeSet<>(declared.get(macro)))) {
                    problems.add(component + "/" + macro + ": parameters " + new TreeSet<>(declared.get(macro)) + " but the yml lists " + params);
                }
                if (examples(component, macro).isEmpty()) problems.add(component + "/" + macro + ": no example");
            }
        }
        assertEquals(List.of(), problems);
    }

    @TestFactory Stream<DynamicTest> everyExampleRendersAsExpectedAndInert() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String component : components()) {
            for (String macro : macrosOf(component).keySet()) {
                for (Map<String, Object> example : examples(component, macro)) {
                    tests.add(DynamicTest.dynamicTest(component + "/" + macro + "/" + example.get("name"), () -> check(component, macro, example)));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory Stream<DynamicTest> everyExampleWithHostileTextComesOutInert() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String component : components()) {
            for (String macro : macrosOf(component).keySet()) {
                Set<String> trusted = new TreeSet<>();
                Set<String> maps = new TreeSet<>();
                for (Map<String, Object> p : params(component, macro)) {
                    if (Boolean.TRUE.equals(p.get("trusted"))) trusted.add((String) p.get("name"));
                    if (String.valueOf(p.get("type")).startsWith("map")) maps.add((String) p.get("name"));
                }
                for (Map<String, Object> example : examples(component, macro)) {
                    String name = component + "/" + macro + "/" + example.get("name");
                    tests.add(DynamicTest.dynamicTest(name + " with hostile text", () -> {
                        Map<String, Object> params = hostile(params(example), trusted, maps, false);
                        String html = render(component, macro, example, params);
                        assertEquals(List.of(), Html.parse(html).activeParts(), html);
                        if (hasText(params(example), trusted)) {
                            Html parsed = Html.parse(html);
                            boolean shown = parsed.text().contains("<script>alert(1)</script>")
                                || parsed.attributeValues().stream().anyMatch(v -> v.contains("<script>alert(1)</script>"));
                            assertTrue(shown, "the hostile text was dropped instead of shown as text: " + html);
                        }
                    }));
                    tests.add(DynamicTest.dynamicTest(name + " with javascript: addresses", () -> {
                        String html = render(component, macro, example, hostile(params(example), trusted, maps, true));
                        assertEquals(List.of(), Html.parse(html).activeParts(), html);
                    }));
                }
            }
        }
        return tests.stream();
    }

    /** The checks above must be able to fail: a fragment with each kind of active part is caught. */
    @Test void theInertnessCheckFindsScriptsHandlersAndScriptUrls() {
        assertEquals(List.of("element <script>", "href=\"java\tscript:alert(1)\" on <a>", "element <img>", "attribute onerror on <img>"),
            Html.parse("<p><script>x</script><a href=\"java&#9;script:alert(1)\">a</a></p><img src=x onerror=y>").activeParts());
    }

    private static void check(String component, String macro, Map<String, Object> example) {
        String html = render(component, macro, example, params(example));
        Html parsed = Html.parse(html);
        assertEquals(List.of(), parsed.activeParts(), html);
        List<String> missing = new ArrayList<>();
        for (Object selector : list(example.get("expect"))) if (!parsed.has((String) selector)) missing.add((String) selector);
        assertEquals(List.of(), missing, "selectors that match nothing in:\n" + html);
        if (example.containsKey("text")) assertEquals(example.get("text"), parsed.text(), html);
        if (example.containsKey("contains")) assertTrue(parsed.text().contains((String) example.get("contains")), parsed.text());
    }

    @SuppressWarnings("unchecked")
    private static String render(String component, String macro, Map<String, Object> example, Map<String, Object> params) {
        Map<String, String> settings = (Map<String, String>) example.getOrDefault("settings", Map.of());
        Set<String> pages = Set.copyOf(list(example.get("pages")).stream().map(String::valueOf).toList());
        return TemplateHarness.macro(component, macro, dates(params), TemplateHarness.site(settings), pages);
    }

    /** Every string with the hostile text in front (keys too, in maps the yml types as maps), or every address a script URL. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> hostile(Map<String, Object> params, Set<String> trusted, Set<String> maps, boolean addresses) {
        Map<String, Object> out = new LinkedHashMap<>();
        params.forEach((k, v) -> out.put(k, trusted.contains(k) ? v : hostileValue(k, v, maps.contains(k), addresses)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object hostileValue(String key, Object value, boolean keysToo, boolean addresses) {
        if (value instanceof String s) {
            if (addresses) return key.toLowerCase().endsWith("href") || key.toLowerCase().endsWith("url") ? SCRIPT_URL : s;
            return s.matches("\\d{4}-\\d{2}-\\d{2}") ? s : HOSTILE + s;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(keysToo && !addresses ? HOSTILE + k : (String) k, hostileValue((String) k, v, false, addresses)));
            return out;
        }
        if (value instanceof List<?> items) return items.stream().map(item -> hostileValue(key, item, false, addresses)).toList();
        return value;
    }

    private static boolean hasText(Map<String, Object> params, Set<String> trusted) {
        return params.entrySet().stream().anyMatch(e -> !trusted.contains(e.getKey()) && containsString(e.getValue()));
    }

    private static boolean containsString(Object value) {
        if (value instanceof String s) return !s.isEmpty() && !s.matches("\\d{4}-\\d{2}-\\d{2}");
        if (value instanceof Map<?, ?> map) return map.values().stream().anyMatch(ComponentExamplesTest::containsString);
        if (value instanceof List<?> items) return items.stream().anyMatch(ComponentExamplesTest::containsString);
        return false;
    }

    /** ISO dates in examples become dates, as page records hold them. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> dates(Map<String, Object> params) {
        Map<String, Object> out = new LinkedHashMap<>();
        params.forEach((k, v) -> out.put(k, date(v)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object date(Object value) {
        if (value instanceof String s && s.matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(s);
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, date(v)));
            return out;
        }
        if (value instanceof List<?> items) return items.stream().map(ComponentExamplesTest::date).toList();
        return value;
    }

    // ---- the yml ----

    @SuppressWarnings("unchecked")
    static Map<String, Object> macrosOf(String component) throws IOException {
        Map<String, Object> yml = YAML.readValue(COMPONENTS.resolve(component).resolve(component + ".yml").toFile(), Map.class);
        return (Map<String, Object>) yml.getOrDefault("macros", Map.of());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> params(String component, String macro) throws IOException {
        return (List<Map<String, Object>>) (List<?>) list(((Map<String, Object>) macrosOf(component).get(macro)).get("params"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> examples(String component, String macro) throws IOException {
        return (List<Map<String, Object>>) (List<?>) list(((Map<String, Object>) macrosOf(component).get(macro)).get("examples"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> params(Map<String, Object> example) {
        return (Map<String, Object>) example.getOrDefault("params", Map.of());
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) { return value == null ? List.of() : (List<Object>) value; }
}
