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
 * {@code BooleanQuery} of SHOULD clauses over the fields would. A term's statistics are the
 * entries' (how many have it in any field), as BM25F counts them: with each field's own count, a
 * common word such as "unge" was rare among the names, so an entry named for young people
 * outranked those whose target group and theme a query named.
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
                Map<String, long[]> entryStatistics = entryStatistics(reader);
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
                            // How rare a word is, is a property of the entries, not of one field (as in BM25F):
                            // "unge" in a name is no rarer than "unge" anywhere, for a reader who types it.
                            long[] stats = entryStatistics.get(term);
                            int entriesWithTerm = (int) Math.min(stats[0], collection.docCount()); // BM25's idf assumes df ≤ the field's count
                            var statistics = searcher.termStatistics(new Term(field.key(), bytes), entriesWithTerm, Math.max(stats[1], entriesWithTerm));
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

    /** Term → {entries with the term in any field, its occurrences in all fields}. */
    private static Map<String, long[]> entryStatistics(DirectoryReader reader) throws IOException {
        Map<String, java.util.BitSet> entries = new HashMap<>();
        Map<String, long[]> out = new HashMap<>();
        for (var context : reader.leaves()) {
            LeafReader leaf = context.reader();
            for (SearchFields.Field field : SearchFields.Field.values()) {
                Terms terms = leaf.terms(field.key());
                if (terms == null) continue;
                TermsEnum each = terms.iterator();
                for (BytesRef bytes = each.next(); bytes != null; bytes = each.next()) {
                    String term = bytes.utf8ToString();
                    java.util.BitSet docs = entries.computeIfAbsent(term, t -> new java.util.BitSet());
                    PostingsEnum postings = each.postings(null, PostingsEnum.NONE);
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        docs.set(context.docBase + doc);
                    }
                    out.computeIfAbsent(term, t -> new long[2])[1] += each.totalTermFreq();
                }
            }
        }
        entries.forEach((term, docs) -> out.get(term)[0] = docs.cardinality());
        return out;
    }

    private static int[] ordinals(LeafReader leaf) throws IOException {
        int[] out = new int[leaf.maxDoc()];
        NumericDocValues values = leaf.getNumericDocValues(ORDINAL);
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) out[doc] = (int) values.longValue();
        return out;
    }
}
