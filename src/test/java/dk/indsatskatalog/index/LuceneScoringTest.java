package dk.indsatskatalog.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SortedMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Exported weights equal the scores Lucene's own query gives: a SHOULD query of boosted TermQueries
 * over the fields, where a term's statistics are those of the entries (how many have it in any
 * field, at most as many as have the field), as BM25F counts them, not those of one field.
 */
class LuceneScoringTest {
    private static final List<SearchFields> DOCS = List.of(
        new SearchFields("Lektiecafé", "lektiehjælp", "Hjælp til lektier for børn.", "Børn\nUnge", "Frivillige hjælper børn og unge med lektier.", "Flere fik hjælp til lektierne.", "skolebørn lektier"),
        new SearchFields("Sommerskole", "ferieskole", "Skole i sommerferien for børn.", "Børn", "Lektier og leg; børn lærer.", "", "skolebørn"),
        new SearchFields("Natteravne", "nattevandring", "Voksne går rundt om natten.", "Unge\nKriminalitetsforebyggelse og tryghed", "Frivillige voksne skaber tryghed for unge.", "Ingen effekt på kriminalitet.", "tryghed"));

    @Test void everyPostingWeightEqualsLucenesOwnScore() throws Exception {
        Analyzer analyzer = DanishAnalysis.queryAnalyzer();
        SortedMap<String, List<LuceneScoring.Posting>> postings = LuceneScoring.score(DOCS, analyzer);
        try (var directory = new ByteBuffersDirectory()) {
            try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity()))) {
                for (SearchFields doc : DOCS) {
                    Document d = new Document();
                    for (SearchFields.Field f : SearchFields.Field.values()) d.add(new TextField(f.key(), doc.text(f), Field.Store.NO));
                    writer.addDocument(d);
                }
            }
            try (var reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader) {
                    @Override
                    public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws java.io.IOException {
                        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
                        long occurrences = 0;
                        for (SearchFields.Field f : SearchFields.Field.values()) {
                            anyField.add(new TermQuery(new Term(f.key(), term.bytes())), BooleanClause.Occur.SHOULD);
                            occurrences += reader.totalTermFreq(new Term(f.key(), term.bytes()));
                        }
                        int entries = (int) Math.min(count(anyField.build()), collectionStatistics(term.field()).docCount());
                        return new TermStatistics(term.bytes(), entries, Math.max(occurrences, entries));
                    }
                };
                searcher.setSimilarity(new BM25Similarity());
                int compared = 0;
                for (var e : postings.entrySet()) {
                    BooleanQuery.Builder query = new BooleanQuery.Builder();
                    for (SearchFields.Field f : SearchFields.Field.values()) {
                        query.add(new BoostQuery(new TermQuery(new Term(f.key(), e.getKey())), f.boost), BooleanClause.Occur.SHOULD);
                    }
                    ScoreDoc[] hits = searcher.search(query.build(), 10).scoreDocs;
                    assertEquals(e.getValue().size(), hits.length, e.getKey());
                    for (ScoreDoc hit : hits) {
                        float exported = e.getValue().stream().filter(p -> p.doc() == hit.doc).findFirst().orElseThrow().weight();
                        assertEquals(hit.score, exported, 1e-5, e.getKey() + " in document " + hit.doc);
                        compared++;
                    }
                }
                assertEquals(true, compared >= 20, "compared " + compared + " postings");
            }
        }
    }
}
