package dk.indsatskatalog.load;

import dk.indsatskatalog.problem.InputFiles;
import dk.indsatskatalog.problem.PositionIndex;
import dk.indsatskatalog.problem.Problem;
import dk.indsatskatalog.problem.ProblemCode;
import dk.indsatskatalog.problem.SourcePosition;

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
 * Reads {@code content/taxonomies/*.yml}, the source register {@code content/kilder/*.yml},
 * {@code content/interventions/*.yml} and the change log {@code content/aendringer.yml} into positioned
 * documents. Paths in problems are relative to the project folder (the parent of {@code content/}).
 */
public final class CatalogueLoader {
    public static final String INTERVENTIONS_DIR = "interventions";
    public static final String SOURCES_DIR = "kilder";
    public static final String TAXONOMIES_DIR = "taxonomies";
    /** The log of evidence-level changes with their reasons; optional. */
    public static final String CHANGE_LOG = "aendringer.yml";

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
        List<LoadedFile<SourceDocument>> sources = readAll(yamlFiles(contentDir.resolve(SOURCES_DIR), projectDir,
            ProblemCode.SOURCES_FOLDER_MISSING, problems), projectDir, SourceDocument.class, problems);
        List<LoadedFile<EntryDocument>> entries = readAll(yamlFiles(contentDir.resolve(INTERVENTIONS_DIR), projectDir,
            ProblemCode.ENTRIES_FOLDER_MISSING, problems), projectDir, EntryDocument.class, problems);
        Path log = contentDir.resolve(CHANGE_LOG);
        Problem unsafeLog = InputFiles.problem(projectDir, log);
        if (unsafeLog != null) problems.add(unsafeLog);
        LoadedFile<ChangeLogDocument> changeLog = unsafeLog == null && InputFiles.isPlainFile(log)
            ? readDocument(log, display(projectDir, log), ChangeLogDocument.class, problems) : null;
        return new LoadResult(taxonomies, sources, entries, changeLog, problems);
    }

    /**
     * Files are independent, so they are read in parallel (parsing dominates at 10,000 entries); each
     * keeps its own problems, joined in file order, so the result does not depend on timing.
     */
    private <D> List<LoadedFile<D>> readAll(List<Path> files, Path projectDir, Class<D> type, List<Problem> problems) {
        List<Read<D>> reads = files.parallelStream().map(file -> {
            List<Problem> own = new ArrayList<>();
            return new Read<>(readDocument(file, display(projectDir, file), type, own), own);
        }).toList();
        List<LoadedFile<D>> documents = new ArrayList<>();
        for (Read<D> read : reads) {
            documents.add(read.file());
            problems.addAll(read.problems());
        }
        return documents;
    }

    private record Read<D>(LoadedFile<D> file, List<Problem> problems) {}

    /**
     * One document: read, shape-checked (ill-typed values are reported, the document stays unbound),
     * text-checked (text problems do not stop the file from being read, so its other problems are found
     * too), then bound.
     */
    private <D> LoadedFile<D> readDocument(Path file, Path shown, Class<D> type, List<Problem> problems) {
        LoadedFile<JsonNode> tree = reader.read(file, shown, problems);
        if (tree.document() == null) return new LoadedFile<>(shown, null, tree.positions());
        int before = problems.size();
        JsonNode repaired = ShapeCheck.checkAndRepair(tree.document(), type, "", tree.positions(), problems);
        boolean shaped = problems.size() == before;
        TextChecks.check(readText(file), tree, problems);
        if (!shaped) return new LoadedFile<>(shown, null, tree.positions());
        return new LoadedFile<>(shown, bindNode(repaired, type, tree, problems), tree.positions());
    }

    /** The file's text again for the text checks (it decoded once already, so this cannot fail on encoding). */
    private static String readText(Path file) {
        try {
            String text = new String(InputFiles.read(file), java.nio.charset.StandardCharsets.UTF_8); // as the reader did: never through a link
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * {@code loaded} with every entry and source that has shape problems bound after all, its ill-typed
     * values repaired ({@link ShapeCheck#checkAndRepair}), so the validator can still judge the rest of
     * those files; its problems are {@code loaded}'s. Returns {@code loaded} itself when no file
     * needed that. Only for finding further problems: a repaired file is never published, because
     * its shape problems stay.
     */
    public LoadResult withRepairedEntries(LoadResult loaded, Path contentDir) {
        Path projectDir = contentDir.toAbsolutePath().getParent();
        java.util.Set<Path> shapeBroken = new java.util.HashSet<>();
        for (Problem p : loaded.problems()) if (p.field() != null && !p.field().isEmpty()) shapeBroken.add(p.at().file());
        if (shapeBroken.isEmpty()) return loaded;
        List<LoadedFile<EntryDocument>> entries = repaired(loaded.entries(), EntryDocument.class, shapeBroken, projectDir);
        List<LoadedFile<SourceDocument>> sources = repaired(loaded.sources(), SourceDocument.class, shapeBroken, projectDir);
        return entries == loaded.entries() && sources == loaded.sources() ? loaded
            : new LoadResult(loaded.taxonomies(), sources, entries, loaded.changeLog(), loaded.problems());
    }

    /** The files with the shape-broken ones bound from repaired trees; the same list when none was. */
    private <D> List<LoadedFile<D>> repaired(List<LoadedFile<D>> files, Class<D> type, java.util.Set<Path> shapeBroken, Path projectDir) {
        List<LoadedFile<D>> result = new ArrayList<>();
        boolean any = false;
        for (LoadedFile<D> f : files) {
            if (f.document() == null && shapeBroken.contains(f.file())) {
                LoadedFile<JsonNode> tree = reader.read(projectDir.resolve(f.file()), f.file(), new ArrayList<>());
                if (tree.document() != null) {
                    JsonNode repaired = ShapeCheck.checkAndRepair(tree.document(), type, "", tree.positions(), new ArrayList<>());
                    D document = bindNode(repaired, type, tree, new ArrayList<>());
                    if (document != null) {
                        result.add(new LoadedFile<>(f.file(), document, tree.positions()));
                        any = true;
                        continue;
                    }
                }
            }
            result.add(f);
        }
        return any ? result : files;
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
     * The YAML files of a content folder (the entries, the source register), in name order. Anything
     * else in the folder is a problem at its path, so no file silently disappears: a link or special
     * file, a sub-folder (even one named {@code x.yml}), {@code .yaml} or {@code .YML}, another kind of
     * file, a name Windows cannot save. Hidden files ({@code .DS_Store}) are an editor's tools' business
     * and are skipped.
     */
    private static List<Path> yamlFiles(Path dir, Path projectDir, ProblemCode whenMissing, List<Problem> problems) {
        Problem unsafeFolder = InputFiles.problem(projectDir, dir);
        if (unsafeFolder != null) {
            problems.add(unsafeFolder);
            return List.of();
        }
        if (!InputFiles.isPlainFolder(dir)) {
            problems.add(Problem.of(SourcePosition.startOf(display(projectDir, dir)), "", whenMissing));
            return List.of();
        }
        List<Path> yaml = new ArrayList<>();
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
                    yaml.add(f);
                }
            }
            return yaml;
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
