package dk.indsatskatalog.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped engine (index from Lucene, query in JS) on the judged query set over the real
 * catalogue scores at least the floors, overall and for each kind of query. Floors sit a little
 * under the measured values so that a change that makes search worse fails the build; raise them
 * when search gets better.
 */
class RelevanceTest {
    static final double MRR_FLOOR = 0.95;
    static final double NDCG_FLOOR = 0.93;
    /** Kind → {MRR@10, nDCG@10} floors. */
    static final Map<String, double[]> KIND_FLOORS = Map.of(
        "word", new double[] {0.97, 0.95},
        "typo", new double[] {0.97, 0.97},
        "english", new double[] {0.94, 0.95},
        "need", new double[] {0.88, 0.85},
        "group-theme", new double[] {0.95, 0.88},
        "compound", new double[] {0.95, 0.93},
        "evidence", new double[] {0.95, 0.95});

    @Test void judgedQueriesScoreAboveTheFloors(@TempDir Path site) throws Exception {
        new SearchIndexer(() -> RealCatalogue.CONTENT).write(RealCatalogue.get(), null, site);
        List<Relevance.Judged> judged = Relevance.load(Relevance.QUERIES);
        assertTrue(judged.size() >= 250, "at least 250 judged queries, found " + judged.size());

        Node.Run run = Node.run("src/test/js/rank.mjs", site.toString(), Relevance.QUERIES.toString());
        assertEquals(0, run.exitCode(), run.stderr());
        Map<String, List<String>> answers = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : run.stdout().split("\n")) {
            JsonNode node = json.readTree(line);
            List<String> slugs = new ArrayList<>();
            node.get("slugs").forEach(s -> slugs.add(s.asText()));
            answers.put(node.get("query").asText(), slugs);
        }
        Relevance.Scores scores = Relevance.score(judged, answers);
        System.out.println("Relevance: " + scores + "; not first: " + scores.misses());
        List<String> under = new ArrayList<>();
        if (scores.mrr() < MRR_FLOOR || scores.ndcg() < NDCG_FLOOR) under.add("all: " + scores + " (floors " + MRR_FLOOR + ", " + NDCG_FLOOR + ")");
        Map<String, Relevance.Scores> byKind = Relevance.scoreByKind(judged, answers);
        assertEquals(KIND_FLOORS.keySet(), byKind.keySet());
        byKind.forEach((kind, s) -> {
            System.out.println("  " + kind + ": " + s + "; not first: " + s.misses());
            double[] floor = KIND_FLOORS.get(kind);
            assertTrue(s.queries() >= 10, kind + " has " + s.queries() + " queries");
            if (s.mrr() < floor[0] || s.ndcg() < floor[1]) under.add(kind + ": " + s + " (floors " + floor[0] + ", " + floor[1] + "); not first: " + s.misses());
        });
        assertEquals(List.of(), under, "under the floors");
    }
}
