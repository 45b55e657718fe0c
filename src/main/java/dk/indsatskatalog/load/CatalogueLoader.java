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
 * Reads {@code content/taxonomies/*.yml}, the source register {@code content/kilder/*.yml} and
 * {@code content/interventions/*.yml} into positioned documents. Paths in problems are relative to the
 * project folder (the parent of {@code content/}).
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
            if (!Files.isRegularFile(file)) {
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
        LoadedFile<ChangeLogDocument> changeLog = Files.isRegularFile(log)
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

    /** One entry file on its own (used by {@code new} and tests). */
    public LoadedFile<EntryDocument> readEntry(Path file, Path shown, List<Problem> problems) {
        return readDocument(file, shown, EntryDocument.class, problems);
    }

    private <D> LoadedFile<D> readDocument(Path file, Path shown, Class<D> type, List<Problem> problems) {
        LoadedFile<JsonNode> tree = reader.read(file, shown, problems);
        if (tree.document() == null) return new LoadedFile<>(shown, null, tree.positions());
        int before = problems.size();
        ShapeCheck.check(tree.document(), type, "", tree.positions(), problems);
        boolean shaped = problems.size() == before;
        // Text problems do not stop the file from being read, so its other problems are found too.
        TextChecks.check(readText(file), tree, problems);
        if (!shaped) return new LoadedFile<>(shown, null, tree.positions());
        return new LoadedFile<>(shown, bind(tree, type, problems), tree.positions());
    }

    /** The file's text again for the text checks (it decoded once already, so this cannot fail on encoding). */
    private static String readText(Path file) {
        try {
            String text = Files.readString(file);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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

    private <T> T bind(LoadedFile<JsonNode> tree, Class<T> type, List<Problem> problems) {
        return bindNode(tree.document(), type, tree, problems);
    }

    private <T> T bindNode(JsonNode node, Class<T> type, LoadedFile<JsonNode> tree, List<Problem> problems) {
        try {
            return binder.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            problems.add(Problem.of(SourcePosition.startOf(tree.file()), "", ProblemCode.CANNOT_BIND, e.getOriginalMessage()));
            return null;
        }
    }

    private static List<Path> yamlFiles(Path dir, Path projectDir, ProblemCode whenMissing, List<Problem> problems) {
        if (!Files.isDirectory(dir)) {
            problems.add(Problem.of(SourcePosition.startOf(display(projectDir, dir)), "", whenMissing));
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
            for (Path f : all) {
                String name = f.getFileName().toString();
                if (name.endsWith(".yaml")) {
                    problems.add(Problem.of(SourcePosition.startOf(display(projectDir, f)), "",
                        ProblemCode.WRONG_EXTENSION, name.replaceAll("\\.yaml$", ".yml")));
                }
            }
            return all.stream().filter(f -> f.getFileName().toString().endsWith(".yml")).toList();
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
