package dk.indsatskatalog.index;

import com.fasterxml.jackson.databind.JsonNode;
import dk.indsatskatalog.load.LoadedFile;
import dk.indsatskatalog.load.ShapeCheck;
import dk.indsatskatalog.load.YamlTreeReader;
import dk.indsatskatalog.problem.DidYouMean;
import dk.indsatskatalog.problem.PositionIndex;
import dk.indsatskatalog.problem.Problem;
import dk.indsatskatalog.problem.ProblemCode;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Synonym groups for search: words or phrases that find each other (bydelsmor ↔ bydelsmødre,
 * homework café ↔ lektiecafé). Editors keep them in {@code content/search.yml}; each entry's
 * Danish and English name are added as a group by the indexer.
 */
public record SearchSynonyms(List<List<String>> groups) {
    public static final String FILE = "search.yml";

    public SearchSynonyms { groups = groups.stream().map(List::copyOf).toList(); }

    /** The problems of {@code contentDir/search.yml} (none when it is absent), for validation. */
    public static List<Problem> problems(Path contentDir) {
        List<Problem> problems = new ArrayList<>();
        load(contentDir, problems);
        return problems;
    }

    /**
     * Reads {@code contentDir/search.yml} (absent means no groups). Problems go to {@code problems}
     * as {@code search.yml:line:column: synonyms[2]: message}; groups with problems are left out.
     */
    public static SearchSynonyms load(Path contentDir, List<Problem> problems) {
        Path file = contentDir.resolve(FILE);
        if (!Files.exists(file)) return new SearchSynonyms(List.of());
        Path shown = contentDir.getParent() == null ? file : contentDir.getParent().relativize(file);
        LoadedFile<JsonNode> loaded = new YamlTreeReader().read(file, shown, problems);
        JsonNode root = loaded.document();
        if (root == null) return new SearchSynonyms(List.of());
        PositionIndex at = loaded.positions();
        List<List<String>> groups = new ArrayList<>();
        if (!root.isObject()) {
            problems.add(at.problem("", ProblemCode.EXPECTED_MAPPING, ShapeCheck.describe(root)));
            return new SearchSynonyms(List.of());
        }
        for (Iterator<String> keys = root.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!key.equals("synonyms")) problems.add(at.problem(key, ProblemCode.UNKNOWN_FIELD, key, DidYouMean.hint(key, List.of("synonyms"))));
        }
        JsonNode list = root.get("synonyms");
        if (list == null) return new SearchSynonyms(List.of());
        if (!list.isArray()) {
            problems.add(at.problem("synonyms", ProblemCode.EXPECTED_LIST, ShapeCheck.describe(list)));
            return new SearchSynonyms(List.of());
        }
        for (int i = 0; i < list.size(); i++) {
            String path = PositionIndex.item("synonyms", i);
            JsonNode group = list.get(i);
            if (!group.isArray() || group.size() < 2) {
                problems.add(at.problem(path, ProblemCode.EXPECTED_LIST,
                    group.isArray() ? "kun ét ord (en gruppe skal have mindst to)" : ShapeCheck.describe(group)));
                continue;
            }
            List<String> words = new ArrayList<>();
            for (int j = 0; j < group.size(); j++) {
                JsonNode word = group.get(j);
                if (!word.isTextual()) {
                    problems.add(at.problem(PositionIndex.item(path, j), ProblemCode.EXPECTED_TEXT, ShapeCheck.describe(word)));
                } else if (DanishAnalysis.phraseWords(word.asText()).isEmpty()) {
                    problems.add(at.problem(PositionIndex.item(path, j), ProblemCode.EMPTY_LIST_ITEM));
                } else {
                    words.add(word.asText());
                }
            }
            if (words.size() == group.size()) groups.add(words);
        }
        return new SearchSynonyms(groups);
    }

    /** A Lucene synonym map in which every phrase of a group maps to every other (input kept). */
    public SynonymMap map(List<List<String>> extraGroups) {
        try {
            SynonymMap.Builder builder = new SynonymMap.Builder(true);
            List<List<String>> all = new ArrayList<>(groups);
            all.addAll(extraGroups);
            for (List<String> group : all) {
                // A name of only punctuation or stop words has no phrase, and Lucene refuses an empty one.
                List<CharsRef> phrases = group.stream().map(SearchSynonyms::phrase).filter(p -> p.length > 0).distinct().toList();
                for (CharsRef from : phrases) {
                    for (CharsRef to : phrases) if (!from.equals(to)) builder.add(from, to, true);
                }
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CharsRef phrase(String text) {
        return SynonymMap.Builder.join(DanishAnalysis.phraseWords(text).toArray(String[]::new), new CharsRefBuilder());
    }
}
