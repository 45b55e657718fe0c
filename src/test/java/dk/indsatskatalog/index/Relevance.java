package dk.indsatskatalog.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The judged query set and its measures: MRR@10 and nDCG@10 (gain 2^grade − 1), overall and per
 * kind of query. Shared with the benchmark.
 */
public final class Relevance {
    public static final Path QUERIES = Path.of("src/test/resources/search/relevance.tsv");
    public static final int K = 10;
    /** The kinds a judged query may have (see the file's header). */
    public static final List<String> KINDS = List.of("word", "typo", "english", "need", "group-theme", "compound", "evidence");

    /** One query with its kind and its judged entries (slug → grade 1 or 2). */
    public record Judged(String query, String kind, Map<String, Integer> grades) {}

    /** The measures over a query set, and the queries whose answer is not ranked first. */
    public record Scores(double mrr, double ndcg, int queries, List<String> misses) {
        @Override public String toString() { return String.format(Locale.ROOT, "MRR@10 %.3f, nDCG@10 %.3f over %d queries", mrr, ndcg, queries); }
    }

    private Relevance() {}

    /** Reads {@code query<TAB>kind<TAB>slug=grade…} lines; '#' starts a comment line. */
    public static List<Judged> load(Path file) throws IOException {
        List<Judged> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t");
            String at = file.getFileName() + ":" + (n + 1) + ": ";
            if (cells.length < 3 || !KINDS.contains(cells[1])) {
                throw new IllegalArgumentException(at + "expected query, a kind of " + KINDS + " and at least one slug=grade, found " + List.of(cells));
            }
            Map<String, Integer> grades = new LinkedHashMap<>();
            for (int i = 2; i < cells.length; i++) {
                String[] kv = cells[i].split("=");
                grades.put(kv[0], Integer.parseInt(kv[1]));
            }
            out.add(new Judged(cells[0], cells[1], grades));
        }
        return out;
    }

    /** Scores ranked answers (query → slugs, best first) against the judgements. */
    public static Scores score(List<Judged> judged, Map<String, List<String>> answers) {
        double mrr = 0, ndcg = 0;
        List<String> misses = new ArrayList<>();
        for (Judged j : judged) {
            List<String> ranked = answers.getOrDefault(j.query(), List.of());
            double rr = 0, dcg = 0;
            for (int i = 0; i < Math.min(K, ranked.size()); i++) {
                int grade = j.grades().getOrDefault(ranked.get(i), 0);
                if (grade > 0 && rr == 0) rr = 1.0 / (i + 1);
                dcg += (Math.pow(2, grade) - 1) / log2(i + 2);
            }
            List<Integer> ideal = j.grades().values().stream().sorted((a, b) -> b - a).toList();
            double idcg = 0;
            for (int i = 0; i < Math.min(K, ideal.size()); i++) idcg += (Math.pow(2, ideal.get(i)) - 1) / log2(i + 2);
            mrr += rr;
            ndcg += idcg == 0 ? 0 : dcg / idcg;
            if (rr < 1) misses.add(j.query() + " → " + ranked.subList(0, Math.min(3, ranked.size())));
        }
        return new Scores(mrr / judged.size(), ndcg / judged.size(), judged.size(), misses);
    }

    /** {@link #score} for each kind of query, in the order of {@link #KINDS}. */
    public static Map<String, Scores> scoreByKind(List<Judged> judged, Map<String, List<String>> answers) {
        Map<String, Scores> out = new LinkedHashMap<>();
        Map<String, List<Judged>> byKind = new TreeMap<>();
        for (Judged j : judged) byKind.computeIfAbsent(j.kind(), k -> new ArrayList<>()).add(j);
        for (String kind : KINDS) if (byKind.containsKey(kind)) out.put(kind, score(byKind.get(kind), answers));
        return out;
    }

    private static double log2(double x) { return Math.log(x) / Math.log(2); }
}
