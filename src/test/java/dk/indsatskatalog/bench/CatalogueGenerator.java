package dk.indsatskatalog.bench;

import dk.indsatskatalog.TestProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Generates a catalogue of N valid entries for benchmarks, by cycling through the real entries and
 * renaming them ({@code lektiecafe} → {@code lektiecafe-17}); related slugs are renamed in step so
 * every link resolves. Copies the taxonomies, the source register (every copy cites the same sources), pages,
 * templates, assets and configuration beside them.
 *
 * <p>Usage: {@code CatalogueGenerator SOURCE_PROJECT TARGET_PROJECT COUNT}
 */
public final class CatalogueGenerator {
    private CatalogueGenerator() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) throw new IllegalArgumentException("usage: SOURCE_PROJECT TARGET_PROJECT COUNT");
        generate(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]));
    }

    public static void generate(Path source, Path target, int count) throws IOException {
        for (String dir : List.of("content/taxonomies", "content/pages", "templates", "assets")) {
            TestProject.copyTree(source.resolve(dir), target.resolve(dir));
        }
        Files.copy(source.resolve("jbake.properties"), target.resolve("jbake.properties"),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path entries = target.resolve("content/interventions");
        Files.createDirectories(entries);
        List<Path> originals;
        try (Stream<Path> files = Files.list(source.resolve("content/interventions"))) {
            originals = files.filter(f -> f.toString().endsWith(".yml")).sorted().toList();
        }
        List<String> slugs = originals.stream().map(f -> f.getFileName().toString().replace(".yml", "")).toList();
        List<String> texts = new ArrayList<>();
        for (Path f : originals) texts.add(Files.readString(f));
        for (int i = 0; i < count; i++) {
            int base = i % originals.size();
            int copy = i / originals.size();
            String text = texts.get(base);
            text = text.replaceFirst("(?m)^slug: " + slugs.get(base) + "$", "slug: " + slugs.get(base) + "-" + copy);
            // Related entries point into the same copy; in a partial last copy, links to entries it lacks are
            // dropped (pointing into copy 0 would be one-way, which validation rejects).
            java.util.regex.Matcher related = java.util.regex.Pattern.compile("(?m)^related: \\[(.*)]$").matcher(text);
            if (related.find()) {
                List<String> renamed = new ArrayList<>();
                for (String r : related.group(1).split(",\\s*")) {
                    if (r.isBlank()) continue;
                    int index = slugs.indexOf(r.strip());
                    if (index < 0 || copy * slugs.size() + index >= count) continue; // this copy lacks it
                    renamed.add(r.strip() + "-" + copy);
                }
                text = text.substring(0, related.start()) + "related: [" + String.join(", ", renamed) + "]" + text.substring(related.end());
            }
            // Names are numbered in both languages, as distinct entries have distinct names: 244 entries sharing
            // one English name would make every mention of it a synonym of 244 Danish names.
            text = text.replaceFirst("(?m)^(  da: .*)$", "$1 " + (copy + 1));
            text = text.replaceFirst("(?m)^(name:\\n  da: .*\\n  en: (?!null)[^\\n]*)$", "$1 " + (copy + 1));
            Files.writeString(entries.resolve(slugs.get(base) + "-" + copy + ".yml"), text);
        }
        copyCitedSources(source.resolve("content/kilder"), target.resolve("content/kilder"), texts.subList(0, Math.min(count, texts.size())));
    }

    /**
     * The register's sources that the generated entries cite, and the studies those report on: a catalogue
     * smaller than the real one (40 entries) would otherwise carry sources no entry uses, which validation refuses.
     */
    private static void copyCitedSources(Path from, Path to, List<String> entryTexts) throws IOException {
        java.util.Map<String, String> register = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".yml")).toList()) {
                register.put(f.getFileName().toString().replace(".yml", ""), Files.readString(f));
            }
        }
        String cited = String.join("\n", entryTexts);
        java.util.Set<String> keep = new java.util.TreeSet<>();
        for (String id : register.keySet()) {
            if (java.util.regex.Pattern.compile("(?<![a-z0-9-])" + java.util.regex.Pattern.quote(id) + "(?![a-z0-9-])").matcher(cited).find()) keep.add(id);
        }
        for (boolean grew = true; grew; ) {
            grew = false;
            for (String id : List.copyOf(keep)) {
                java.util.regex.Matcher reportsOn = java.util.regex.Pattern.compile("(?m)^reportsOn: *([a-z0-9-]+)").matcher(register.get(id));
                if (reportsOn.find() && register.containsKey(reportsOn.group(1))) grew |= keep.add(reportsOn.group(1));
            }
        }
        Files.createDirectories(to);
        for (String id : keep) Files.writeString(to.resolve(id + ".yml"), register.get(id));
    }

}
