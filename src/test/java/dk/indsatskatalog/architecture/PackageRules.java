package dk.indsatskatalog.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which package may use which: the rule set that {@code docs/ARCHITECTURE.md} shows as its package
 * table. Packages are named without {@code dk.indsatskatalog.}; a sub-package ({@code render.jbake})
 * is its own package. A package may always use itself. Libraries that belong to one place are listed
 * in {@link #LIBRARIES}.
 */
final class PackageRules {
    static final String ROOT = "dk.indsatskatalog";

    /** Package → the project packages it may use. */
    static final Map<String, Set<String>> ALLOWED = allowed();

    /** Library package prefix → the only project packages that may use it. */
    static final Map<String, Set<String>> LIBRARIES = Map.of(
        "org.jbake", Set.of("render.jbake"),
        "org.apache.commons.configuration2", Set.of("render.jbake"),
        "freemarker", Set.of("render"),
        "org.apache.lucene", Set.of("index"),
        "picocli", Set.of("cli"),
        "com.sun.net.httpserver", Set.of("cli"));

    private PackageRules() {}

    private static Map<String, Set<String>> allowed() {
        Map<String, Set<String>> rules = new LinkedHashMap<>();
        rules.put("model", Set.of());
        rules.put("problem", Set.of());
        rules.put("site", Set.of("model"));
        rules.put("load", Set.of("problem", "model"));
        rules.put("validate", Set.of("load", "problem", "site", "model"));
        rules.put("history", Set.of("model"));
        rules.put("render", Set.of("problem", "site", "model"));
        rules.put("render.jbake", Set.of("render", "site"));
        rules.put("index", Set.of("load", "problem", "site", "model"));
        rules.put("export", Set.of("schema", "problem", "site", "model"));
        rules.put("schema", Set.of("load", "validate", "problem", "model"));
        rules.put("changes", Set.of("load", "validate", "history", "problem", "model"));
        rules.put("build", Set.of("load", "validate", "render", "render.jbake", "index", "export", "history", "problem", "site", "model"));
        rules.put("cli", Set.of("build", "changes", "schema", "load", "validate", "history", "problem", "site", "model"));
        return rules;
    }

    /** The project's main classes, as compiled. */
    static JavaClasses mainClasses(Path... classFolders) {
        return new ClassFileImporter().importPaths(classFolders);
    }

    /** The short package name of a project class ({@code render.jbake}), or null for any other class. */
    static String packageOf(JavaClass c) {
        String name = c.getPackageName();
        if (name.equals(ROOT) || !name.startsWith(ROOT + ".")) return null;
        return name.substring(ROOT.length() + 1);
    }

    /** Every dependency the rules do not allow, as {@code from → to (where)}, sorted. */
    static List<String> violations(JavaClasses classes) {
        Set<String> found = new TreeSet<>();
        for (JavaClass c : classes) {
            String from = packageOf(c);
            if (from == null) continue;
            Set<String> allowed = ALLOWED.get(from);
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass();
                String to = packageOf(target);
                if (to != null) {
                    if (allowed == null) found.add(from + " is not in the package rules (" + c.getName() + ")");
                    else if (!to.equals(from) && !allowed.contains(to)) found.add(from + " → " + to + ": " + describe(d));
                } else {
                    for (Map.Entry<String, Set<String>> library : LIBRARIES.entrySet()) {
                        if (target.getName().startsWith(library.getKey() + ".") && !library.getValue().contains(from)) {
                            found.add(from + " → " + library.getKey() + ": " + describe(d));
                        }
                    }
                }
            }
        }
        return new ArrayList<>(found);
    }

    private static String describe(Dependency d) {
        return d.getOriginClass().getSimpleName() + " uses " + d.getTargetClass().getName();
    }
}
