package dk.indsatskatalog.architecture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The code keeps the package rules, the rules have no cycle, and {@code docs/ARCHITECTURE.md} shows
 * exactly these rules. A class planted with a forbidden dependency is caught, by import or by a fully
 * qualified name alike (the check reads the compiled classes, not the source).
 */
class ArchitectureTest {
    private static final Path CLASSES = Path.of("target/classes");
    private static final Path DOC = Path.of("docs/ARCHITECTURE.md");

    @TempDir Path planted;

    @Test void everyDependencyBetweenPackagesIsAllowed() {
        assertEquals(List.of(), PackageRules.violations(PackageRules.mainClasses(CLASSES)));
    }

    @Test void aPlantedImportOfTheRendererInTheModelIsCaught() throws IOException {
        compile("dk.indsatskatalog.model.Planted", """
            package dk.indsatskatalog.model;
            import dk.indsatskatalog.render.SiteRenderer;
            class Planted { SiteRenderer renderer; }
            """);
        assertEquals(List.of("model → render: Planted uses dk.indsatskatalog.render.SiteRenderer"),
            PackageRules.violations(PackageRules.mainClasses(CLASSES, planted)));
    }

    @Test void aFullyQualifiedNameDodgesNoRule() throws IOException {
        compile("dk.indsatskatalog.index.Planted", """
            package dk.indsatskatalog.index;
            class Planted { Object export = new dk.indsatskatalog.export.OpenDataExport(); }
            """);
        assertEquals(List.of("index → export: Planted uses dk.indsatskatalog.export.OpenDataExport"),
            PackageRules.violations(PackageRules.mainClasses(CLASSES, planted)));
    }

    @Test void jbakeIsNamedOnlyByItsAdapter() throws IOException {
        compile("dk.indsatskatalog.render.Planted", """
            package dk.indsatskatalog.render;
            class Planted { org.jbake.app.Asset assets; }
            """);
        assertEquals(List.of("render → org.jbake: Planted uses org.jbake.app.Asset"),
            PackageRules.violations(PackageRules.mainClasses(CLASSES, planted)));
    }

    @Test void aNewPackageMustBeGivenItsRules() throws IOException {
        compile("dk.indsatskatalog.compare.Planted", """
            package dk.indsatskatalog.compare;
            class Planted { dk.indsatskatalog.model.Slug slug; }
            """);
        assertEquals(List.of("compare is not in the package rules (dk.indsatskatalog.compare.Planted)"),
            PackageRules.violations(PackageRules.mainClasses(CLASSES, planted)));
    }

    @Test void theRulesHaveNoCycle() {
        for (String start : PackageRules.ALLOWED.keySet()) {
            List<String> path = new ArrayList<>();
            assertTrue(!reaches(start, start, path, new LinkedHashSet<>()), "cycle: " + start + " → " + String.join(" → ", path));
        }
    }

    @Test void theArchitectureDocShowsExactlyTheseRules() throws IOException {
        String doc = Files.readString(DOC);
        Map<String, Set<String>> shown = new TreeMap<>();
        Map<String, Set<String>> libraries = new TreeMap<>();
        Matcher row = Pattern.compile("(?m)^\\| `([a-z.]+)` \\| ([^|]*) \\|").matcher(section(doc, "## Package rules"));
        while (row.find()) shown.put(row.group(1), names(row.group(2)));
        Matcher library = Pattern.compile("(?m)^\\| `([a-zA-Z0-9.]+)` \\| ([^|]*) \\|").matcher(section(doc, "### Libraries"));
        while (library.find()) libraries.put(library.group(1), names(library.group(2)));
        assertEquals(new TreeMap<>(PackageRules.ALLOWED), shown);
        assertEquals(new TreeMap<>(PackageRules.LIBRARIES), libraries);
    }

    /** The text under {@code heading}, up to the next heading. */
    private static String section(String doc, String heading) {
        int start = doc.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, "docs/ARCHITECTURE.md lacks " + heading);
        int end = doc.indexOf("\n#", start + heading.length() + 1);
        return doc.substring(start, end < 0 ? doc.length() : end);
    }

    /** {@code `load`, `model`} → {load, model}; "—" → none. */
    private static Set<String> names(String cell) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = Pattern.compile("`([^`]+)`").matcher(cell);
        while (m.find()) names.add(m.group(1));
        return Set.copyOf(names);
    }

    private static boolean reaches(String from, String target, List<String> path, Set<String> seen) {
        for (String next : PackageRules.ALLOWED.getOrDefault(from, Set.of())) {
            path.add(next);
            if (next.equals(target)) return true;
            if (seen.add(next) && reaches(next, target, path, seen)) return true;
            path.remove(path.size() - 1);
        }
        return false;
    }

    /** Compiles one class into the planted folder, against the main classes. */
    private void compile(String className, String source) throws IOException {
        Path file = planted.resolve("src").resolve(className.replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = javac.run(null, null, err, "-d", planted.toString(), "-cp", CLASSES + java.io.File.pathSeparator
            + System.getProperty("java.class.path"), file.toString());
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        deleteSource(planted.resolve("src"));
    }

    private static void deleteSource(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
