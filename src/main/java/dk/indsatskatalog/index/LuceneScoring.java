package dk.indsatskatalog.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Indexes the entries' fields with Lucene and reads every posting back with its BM25 weight, as
 * Lucene's own {@code TermQuery} would score it ({@link BM25Similarity#scorer} with the field's
 * collection statistics and the term's statistics, then {@code score(freq, norm)}), times the
 * field's boost. Weights of one term in several fields of one document are summed, as a
 * {@code BooleanQuery} of SHOULD clauses over the fields would.
 */
public final class LuceneScoring {
    private static final String ORDINAL = "ordinal";

    /** One document's weight for a term; {@code doc} is the entry's position in the catalogue. */
    public record Posting(int doc, float weight) {}

    private LuceneScoring() {}

    /** Term → postings (sorted by doc), for documents given in order. */
    public static SortedMap<String, List<Posting>> score(List<SearchFields> documents, Analyzer analyzer) throws IOException {
        BM25Similarity similarity = new BM25Similarity();
        try (Directory directory = new ByteBuffersDirectory()) {
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(similarity);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (int i = 0; i < documents.size(); i++) {
                    Document doc = new Document();
                    doc.add(new NumericDocValuesField(ORDINAL, i));
                    for (SearchFields.Field field : SearchFields.Field.values()) {
                        doc.add(new TextField(field.key(), documents.get(i).text(field), Field.Store.NO));
                    }
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(similarity);
                Map<String, Map<Integer, Double>> weights = new HashMap<>();
                for (var context : reader.leaves()) {
                    LeafReader leaf = context.reader();
                    int[] ordinals = ordinals(leaf);
                    for (SearchFields.Field field : SearchFields.Field.values()) {
                        Terms terms = leaf.terms(field.key());
                        if (terms == null) continue;
                        var collection = searcher.collectionStatistics(field.key());
                        TermsEnum each = terms.iterator();
                        for (BytesRef bytes = each.next(); bytes != null; bytes = each.next()) {
                            String term = bytes.utf8ToString();
                            var statistics = searcher.termStatistics(new Term(field.key(), bytes), each.docFreq(), each.totalTermFreq());
                            Similarity.SimScorer scorer = similarity.scorer(field.boost, collection, statistics);
                            NumericDocValues norms = leaf.getNormValues(field.key());
                            PostingsEnum postings = each.postings(null, PostingsEnum.FREQS);
                            Map<Integer, Double> perDoc = weights.computeIfAbsent(term, t -> new HashMap<>());
                            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                                long norm = norms != null && norms.advanceExact(doc) ? norms.longValue() : 1L;
                                perDoc.merge(ordinals[doc], (double) scorer.score(postings.freq(), norm), Double::sum);
                            }
                        }
                    }
                }
                SortedMap<String, List<Posting>> out = new TreeMap<>();
                weights.forEach((term, perDoc) -> {
                    List<Posting> list = new ArrayList<>(perDoc.size());
                    new TreeMap<>(perDoc).forEach((doc, w) -> list.add(new Posting(doc, w.floatValue())));
                    out.put(term, List.copyOf(list));
                });
                return out;
            }
        }
    }

    private static int[] ordinals(LeafReader leaf) throws IOException {
        int[] out = new int[leaf.maxDoc()];
        NumericDocValues values = leaf.getNumericDocValues(ORDINAL);
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) out[doc] = (int) values.longValue();
        return out;
    }
}
