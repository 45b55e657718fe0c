package dk.indsatskatalog.index;

import com.fasterxml.jackson.databind.JsonNode;
import dk.indsatskatalog.load.CatalogueLoader;
import dk.indsatskatalog.load.LoadedFile;
import dk.indsatskatalog.load.ShapeCheck;
import dk.indsatskatalog.load.TaxonomyKind;
import dk.indsatskatalog.load.YamlTreeReader;
import dk.indsatskatalog.model.EvidenceLevel;
import dk.indsatskatalog.model.RubricClass;
import dk.indsatskatalog.problem.DidYouMean;
import dk.indsatskatalog.problem.PositionIndex;
import dk.indsatskatalog.problem.Problem;
import dk.indsatskatalog.problem.ProblemCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Hverdagsord: the everyday words people use for the catalogue's codes, kept by editors in
 * {@code content/search-words.yml}. Two kinds:
 * <ul>
 *   <li>{@code needs}: words for each target group, theme and outcome domain, indexed with every
 *       entry that has the code, so a problem described in plain words ("mænd uden netværk") finds
 *       the entries that address it;</li>
 *   <li>{@code evidence}: words for study designs, rubric classes, evidence levels and the no-effect
 *       flag, which the search page understands as conditions on the evidence ("randomiseret forsøg"
 *       shows the entries with a randomised trial) instead of searching them as text.</li>
 * </ul>
 * Each section maps a code to a list of words or phrases. {@code validate} and {@code build} check
 * the file like an entry: {@code content/search-words.yml:line:column: needs.themes.tema: message}.
 */
public record SearchWords(Map<String, List<String>> targetGroups, Map<String, List<String>> themes,
                          Map<String, List<String>> outcomeDomains, Map<String, List<String>> designs,
                          Map<String, List<String>> rubricClasses, Map<Integer, List<String>> levels,
                          List<String> noEffect) {
    public static final String FILE = "search-words.yml";

    public SearchWords {
        targetGroups = copy(targetGroups);
        themes = copy(themes);
        outcomeDomains = copy(outcomeDomains);
        designs = copy(designs);
        rubricClasses = copy(rubricClasses);
        levels = copy(levels);
        noEffect = List.copyOf(noEffect);
    }

    /** No words at all (the file is absent). */
    public static SearchWords none() { return new SearchWords(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), List.of()); }

    /** The problems of {@code contentDir/search-words.yml} (none when it is absent), for validation. */
    public static List<Problem> problems(Path contentDir) {
        List<Problem> problems = new ArrayList<>();
        load(contentDir, problems);
        return problems;
    }

    private record Section(String key, String what, Optional<List<String>> codes) {}

    /**
     * Reads {@code contentDir/search-words.yml} (absent means no words). Codes are checked against
     * the taxonomy files beside it (a taxonomy that cannot be read is the validator's to report, so
     * its codes are then not checked here). Problems go to {@code problems}; what has a problem is left out.
     */
    public static SearchWords load(Path contentDir, List<Problem> problems) {
        Path file = contentDir.resolve(FILE);
        if (!Files.exists(file)) return none();
        Path shown = contentDir.getParent() == null ? file : contentDir.getParent().relativize(file);
        LoadedFile<JsonNode> loaded = new YamlTreeReader().read(file, shown, problems);
        JsonNode root = loaded.document();
        if (root == null) return none();
        PositionIndex at = loaded.positions();
        if (!root.isObject()) {
            problems.add(at.problem("", ProblemCode.EXPECTED_MAPPING, ShapeCheck.describe(root)));
            return none();
        }
        knownFields(root, "", List.of("needs", "evidence"), at, problems);
        Reader read = new Reader(at, problems);
        JsonNode needs = read.mapping(root, "needs");
        knownFields(needs, "needs", List.of("targetGroups", "themes", "outcomeDomains"), at, problems);
        JsonNode evidence = read.mapping(root, "evidence");
        knownFields(evidence, "evidence", List.of("designs", "rubricClasses", "levels", "noEffect"), at, problems);

        Map<String, List<String>> targetGroups = read.byCode(needs, new Section("needs.targetGroups", "målgruppe", codes(contentDir, TaxonomyKind.TARGET_GROUPS)));
        Map<String, List<String>> themes = read.byCode(needs, new Section("needs.themes", "tema", codes(contentDir, TaxonomyKind.THEMES)));
        Map<String, List<String>> domains = read.byCode(needs, new Section("needs.outcomeDomains", "effektområde", codes(contentDir, TaxonomyKind.OUTCOME_DOMAINS)));
        read.unique = true;  // an evidence word may also be a need word, but means one thing among the evidence words
        Map<String, List<String>> designs = read.byCode(evidence, new Section("evidence.designs", "undersøgelsesdesign", codes(contentDir, TaxonomyKind.STUDY_DESIGNS)));
        Map<String, List<String>> classes = read.byCode(evidence, new Section("evidence.rubricClasses", "rubricClass",
            Optional.of(Arrays.stream(RubricClass.values()).map(RubricClass::code).toList())));
        Map<Integer, List<String>> levels = new LinkedHashMap<>();
        read.byCode(evidence, new Section("evidence.levels", "evidensniveau",
            Optional.of(IntStream.rangeClosed(EvidenceLevel.MIN, EvidenceLevel.MAX).mapToObj(String::valueOf).toList())))
            .forEach((level, words) -> levels.put(Integer.parseInt(level), words));
        List<String> noEffect = evidence != null && evidence.has("noEffect") ? read.words(evidence.get("noEffect"), "evidence.noEffect") : List.of();
        return new SearchWords(targetGroups, themes, domains, designs, classes, levels, noEffect == null ? List.of() : noEffect);
    }

    private static void knownFields(JsonNode node, String path, List<String> known, PositionIndex at, List<Problem> problems) {
        if (node == null) return;
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!known.contains(key)) problems.add(at.problem(PositionIndex.child(path, key), ProblemCode.UNKNOWN_FIELD, key, DidYouMean.hint(key, known)));
        }
    }

    /** The codes of one taxonomy file, or empty when it cannot be read (the validator reports that). */
    private static Optional<List<String>> codes(Path contentDir, TaxonomyKind kind) {
        Path file = contentDir.resolve(CatalogueLoader.TAXONOMIES_DIR).resolve(kind.fileName());
        if (!Files.isRegularFile(file)) return Optional.empty();
        LoadedFile<JsonNode> loaded = new YamlTreeReader().read(file, file, new ArrayList<>());
        if (loaded.document() == null || !loaded.document().isArray()) return Optional.empty();
        List<String> codes = new ArrayList<>();
        for (JsonNode term : loaded.document()) {
            if (term.path("code").isValueNode()) codes.add(term.get("code").asText());
        }
        return Optional.of(codes);
    }

    /** Reads sections and word lists, reporting each problem at its position. */
    private static final class Reader {
        private final PositionIndex at;
        private final List<Problem> problems;
        /** When set, a phrase (folded) may stand only once: evidence words each mean one condition. */
        private boolean unique;
        private final Map<String, String> seen = new HashMap<>();

        Reader(PositionIndex at, List<Problem> problems) { this.at = at; this.problems = problems; }

        JsonNode mapping(JsonNode parent, String key) {
            JsonNode node = parent == null ? null : parent.get(key);
            if (node == null || node.isNull()) return null;
            if (!node.isObject()) {
                problems.add(at.problem(key, ProblemCode.EXPECTED_MAPPING, ShapeCheck.describe(node)));
                return null;
            }
            return node;
        }

        /** A section {@code code: [words]}; unknown codes and bad lists are reported and left out. */
        Map<String, List<String>> byCode(JsonNode parent, Section section) {
            String key = section.key().substring(section.key().lastIndexOf('.') + 1);
            String parentPath = section.key().substring(0, section.key().lastIndexOf('.'));
            JsonNode node = parent == null ? null : parent.get(key);
            Map<String, List<String>> out = new LinkedHashMap<>();
            if (node == null || node.isNull()) return out;
            if (!node.isObject()) {
                problems.add(at.problem(PositionIndex.child(parentPath, key), ProblemCode.EXPECTED_MAPPING, ShapeCheck.describe(node)));
                return out;
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String code = field.getKey();
                String path = PositionIndex.child(section.key(), code);
                if (section.codes().isPresent() && !section.codes().get().contains(code)) {
                    problems.add(at.problem(path, ProblemCode.UNKNOWN_CODE, section.what(), code, orList(code, section.codes().get())));
                    continue;
                }
                List<String> words = words(field.getValue(), path);
                if (words != null) out.put(code, words);
            }
            return out;
        }

        /** A list of words or phrases; null when it is not a list. Items with problems are left out. */
        List<String> words(JsonNode list, String path) {
            if (!list.isArray()) {
                problems.add(at.problem(path, ProblemCode.EXPECTED_LIST, ShapeCheck.describe(list)));
                return null;
            }
            List<String> words = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                JsonNode word = list.get(i);
                String itemPath = PositionIndex.item(path, i);
                if (!word.isTextual()) {
                    problems.add(at.problem(itemPath, ProblemCode.EXPECTED_TEXT, ShapeCheck.describe(word)));
                    continue;
                }
                List<String> folded = DanishAnalysis.phraseWords(word.asText());
                if (folded.isEmpty()) {
                    problems.add(at.problem(itemPath, ProblemCode.EMPTY_LIST_ITEM));
                    continue;
                }
                String first = unique ? seen.putIfAbsent(String.join(" ", folded), itemPath) : null;
                if (first != null) {
                    problems.add(at.problem(itemPath, ProblemCode.SEARCH_WORD_TWICE, word.asText(), first, at.of(first).line()));
                    continue;
                }
                words.add(word.asText());
            }
            return words;
        }
    }

    /** A did-you-mean when one is close (not for numbers: "6" is not a typo of "1"), else the whole list when it is short. */
    private static String orList(String typed, List<String> known) {
        boolean numbers = known.stream().allMatch(k -> k.chars().allMatch(Character::isDigit));
        String hint = numbers ? "" : DidYouMean.hint(typed, known);
        if (!hint.isEmpty()) return hint;
        return known.size() <= 8 ? "; brug en af " + String.join(", ", known) : "; se koderne i ordlistefilen i content/taxonomies/";
    }

    private static <K> Map<K, List<String>> copy(Map<K, List<String>> map) {
        Map<K, List<String>> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(out);
    }
}
