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
            if (!Files.isRegularFile(file)) {
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
        ShapeCheck.check(tree.document(), EntryDocument.class, "", tree.positions(), problems);
        if (problems.size() > before) return new LoadedFile<>(shown, null, tree.positions());
        return new LoadedFile<>(shown, bind(tree, EntryDocument.class, problems), tree.positions());
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

    private static List<Path> entryFiles(Path contentDir, Path projectDir, List<Problem> problems) {
        Path dir = contentDir.resolve(INTERVENTIONS_DIR);
        if (!Files.isDirectory(dir)) {
            problems.add(Problem.of(SourcePosition.startOf(display(projectDir, dir)), "", ProblemCode.ENTRIES_FOLDER_MISSING));
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
