package dk.indsatskatalog.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads {@code content/taxonomies/*.yml} and {@code content/interventions/*.yml} into positioned
 * documents. Paths in problems are relative to the project folder (the parent of {@code content/}).
 */
public final class CatalogueLoader {
    public static final String INTERVENTIONS_DIR = "interventions";
    public static final String TAXONOMIES_DIR = "taxonomies";

    private final YamlTreeReader reader = new YamlTreeReader();
    private final ObjectMapper binder = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // ShapeCheck reports them with positions
        .build();

    public LoadResult load(Path contentDir) {
        Path projectDir = contentDir.toAbsolutePath().getParent();
        List<Problem> problems = new ArrayList<>();
        Map<TaxonomyKind, LoadedFile<List<TermDocument>>> taxonomies = new EnumMap<>(TaxonomyKind.class);
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            Path file = contentDir.resolve(TAXONOMIES_DIR).resolve(kind.fileName());
            Path shown = display(projectDir, file);
            Problem unsafe = InputFiles.problem(projectDir, file);
            if (unsafe != null) {
                problems.add(unsafe);
                continue;
            }
            if (!InputFiles.isPlainFile(file)) {
                problems.add(Problem.of(SourcePosition.startOf(shown), "", ProblemCode.TAXONOMY_MISSING));
                continue;
            }
            taxonomies.put(kind, readTaxonomy(file, shown, problems));
        }
        // Files are independent, so they are read in parallel (parsing dominates at 10,000 entries);
        // each keeps its own problems, joined in file order, so the result does not depend on timing.
        List<EntryRead> reads = entryFiles(contentDir, projectDir, problems).parallelStream().map(file -> {
            List<Problem> own = new ArrayList<>();
            return new EntryRead(readEntry(file, display(projectDir, file), own), own);
        }).toList();
        List<LoadedFile<EntryDocument>> entries = new ArrayList<>();
        for (EntryRead read : reads) {
            entries.add(read.file());
            problems.addAll(read.problems());
        }
        return new LoadResult(taxonomies, entries, problems);
    }

    private record EntryRead(LoadedFile<EntryDocument> file, List<Problem> problems) {}

    /** One entry file on its own (used by {@code new} and tests). */
    public LoadedFile<EntryDocument> readEntry(Path file, Path shown, List<Problem> problems) {
        LoadedFile<JsonNode> tree = reader.read(file, shown, problems);
        if (tree.document() == null) return new LoadedFile<>(shown, null, tree.positions());
        int before = problems.size();
        JsonNode repaired = ShapeCheck.checkAndRepair(tree.document(), EntryDocument.class, "", tree.positions(), problems);
        if (problems.size() > before) return new LoadedFile<>(shown, null, tree.positions());
        return new LoadedFile<>(shown, bindNode(repaired, EntryDocument.class, tree, problems), tree.positions());
    }

    /**
     * {@code loaded} with every entry that has shape problems bound after all, its ill-typed values
     * repaired ({@link ShapeCheck#checkAndRepair}), so the validator can still judge the rest of
     * those files; its problems are {@code loaded}'s. Returns {@code loaded} itself when no entry
     * needed that. Only for finding further problems: a repaired entry is never published, because
     * its shape problems stay.
     */
    public LoadResult withRepairedEntries(LoadResult loaded, Path contentDir) {
        Path projectDir = contentDir.toAbsolutePath().getParent();
        java.util.Set<Path> shapeBroken = new java.util.HashSet<>();
        for (Problem p : loaded.problems()) if (p.field() != null && !p.field().isEmpty()) shapeBroken.add(p.at().file());
        if (shapeBroken.isEmpty()) return loaded;
        List<LoadedFile<EntryDocument>> entries = new ArrayList<>();
        boolean any = false;
        for (LoadedFile<EntryDocument> f : loaded.entries()) {
            if (f.document() == null && shapeBroken.contains(f.file())) {
                LoadedFile<JsonNode> tree = reader.read(projectDir.resolve(f.file()), f.file(), new ArrayList<>());
                if (tree.document() != null) {
                    JsonNode repaired = ShapeCheck.checkAndRepair(tree.document(), EntryDocument.class, "", tree.positions(), new ArrayList<>());
                    EntryDocument document = bindNode(repaired, EntryDocument.class, tree, new ArrayList<>());
                    if (document != null) {
                        entries.add(new LoadedFile<>(f.file(), document, tree.positions()));
                        any = true;
                        continue;
                    }
                }
            }
            entries.add(f);
        }
        return any ? new LoadResult(loaded.taxonomies(), entries, loaded.problems()) : loaded;
    }

    /**
     * {@code validated} without the validator's echoes of the loader's problems: a field with a
     * shape problem was bound as a neutral value, and whatever the validator says about that value
     * (or anything inside it) repeats the one problem the editor already sees.
     */
    public static List<Problem> withoutEchoes(LoadResult loaded, List<Problem> validated) {
        java.util.Set<Problem> own = new java.util.HashSet<>(loaded.problems());
        Map<Path, List<String>> shapePaths = new java.util.HashMap<>();
        for (Problem p : loaded.problems()) {
            if (p.field() != null && !p.field().isEmpty()) shapePaths.computeIfAbsent(p.at().file(), f -> new ArrayList<>()).add(p.field());
        }
        return validated.stream().filter(p -> own.contains(p) || shapePaths.getOrDefault(p.at().file(), List.of()).stream()
            .noneMatch(f -> p.field() != null && (p.field().equals(f) || p.field().startsWith(f + ".") || p.field().startsWith(f + "[")))).toList();
    }

    private LoadedFile<List<TermDocument>> readTaxonomy(Path file, Path shown, List<Problem> problems) {
        LoadedFile<JsonNode> tree = reader.read(file, shown, problems);
        if (tree.document() == null) return new LoadedFile<>(shown, null, tree.positions());
        JsonNode root = tree.document();
        if (!root.isArray()) {
            problems.add(tree.positions().problem("", ProblemCode.TAXONOMY_NOT_LIST));
            return new LoadedFile<>(shown, null, tree.positions());
        }
        int before = problems.size();
        for (int i = 0; i < root.size(); i++) {
            ShapeCheck.check(root.get(i), TermDocument.class, PositionIndex.item("", i), tree.positions(), problems);
        }
        if (problems.size() > before) return new LoadedFile<>(shown, null, tree.positions());
        List<TermDocument> terms = new ArrayList<>();
        for (JsonNode node : root) {
            TermDocument term = bindNode(node, TermDocument.class, tree, problems);
            if (term == null) return new LoadedFile<>(shown, null, tree.positions());
            terms.add(term);
        }
        return new LoadedFile<>(shown, List.copyOf(terms), tree.positions());
    }

    private <T> T bindNode(JsonNode node, Class<T> type, LoadedFile<JsonNode> tree, List<Problem> problems) {
        try {
            return binder.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            problems.add(Problem.of(SourcePosition.startOf(tree.file()), "", ProblemCode.CANNOT_BIND, e.getOriginalMessage()));
            return null;
        }
    }

    /**
     * The entry files, in name order. Anything else in the folder is a problem at its path, so no
     * entry silently disappears: a link or special file, a sub-folder (even one named {@code x.yml}),
     * {@code .yaml} or {@code .YML}, another kind of file, a name Windows cannot save. Hidden files
     * ({@code .DS_Store}) are an editor's tools' business and are skipped.
     */
    private static List<Path> entryFiles(Path contentDir, Path projectDir, List<Problem> problems) {
        Path dir = contentDir.resolve(INTERVENTIONS_DIR);
        Problem unsafeFolder = InputFiles.problem(projectDir, dir);
        if (unsafeFolder != null) {
            problems.add(unsafeFolder);
            return List.of();
        }
        if (!InputFiles.isPlainFolder(dir)) {
            problems.add(Problem.of(SourcePosition.startOf(display(projectDir, dir)), "", ProblemCode.ENTRIES_FOLDER_MISSING));
            return List.of();
        }
        List<Path> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                SourcePosition at = SourcePosition.startOf(display(projectDir, f));
                Problem unsafe = InputFiles.problem(projectDir, f);
                if (unsafe != null) {
                    problems.add(unsafe);
                } else if (InputFiles.isPlainFolder(f)) {
                    problems.add(Problem.of(at, "", ProblemCode.FOLDER_IN_ENTRIES));
                } else if (name.startsWith(".")) {
                    continue;
                } else if (!name.endsWith(".yml") && name.toLowerCase(java.util.Locale.ROOT).matches(".*\\.ya?ml")) {
                    problems.add(Problem.of(at, "", ProblemCode.WRONG_EXTENSION, name.replaceAll("(?i)\\.ya?ml$", ".yml")));
                } else if (!name.endsWith(".yml")) {
                    problems.add(Problem.of(at, "", ProblemCode.NOT_AN_ENTRY_FILE));
                } else if (InputFiles.isReservedOnWindows(name)) {
                    problems.add(Problem.of(at, "", ProblemCode.RESERVED_FILE_NAME, name.substring(0, name.indexOf('.'))));
                } else {
                    entries.add(f);
                }
            }
            return entries;
        } catch (IOException e) {
            problems.add(Problem.of(SourcePosition.startOf(display(projectDir, dir)), "", ProblemCode.CANNOT_LIST, e.getMessage()));
            return List.of();
        }
    }

    private static Path display(Path projectDir, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(projectDir) ? projectDir.relativize(absolute) : absolute;
    }
}
