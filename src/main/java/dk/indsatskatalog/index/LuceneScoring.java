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
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
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
                SortedMap<String, List<Posting>> out = new TreeMap<>();
                if (!reader.leaves().isEmpty()) scoreEveryTerm(reader.leaves().get(0).reader(), searcher, similarity, out);
                return out;
            }
        }
    }

    /**
     * Every term of every field, in term order across the fields at once, so that a term's statistics
     * can be counted over the entries (how many have it in any field, and how often it occurs) with no
     * table of all terms: how rare a word is, is a property of the entries, not of one field (as in
     * BM25F). The index is one segment ({@code forceMerge(1)}), so an entry's fields are all in it.
     */
    private static void scoreEveryTerm(LeafReader leaf, IndexSearcher searcher, BM25Similarity similarity,
                                       SortedMap<String, List<Posting>> out) throws IOException {
        int[] ordinals = ordinals(leaf);
        SearchFields.Field[] fields = SearchFields.Field.values();
        TermsEnum[] enums = new TermsEnum[fields.length];
        BytesRef[] current = new BytesRef[fields.length];
        CollectionStatistics[] collections = new CollectionStatistics[fields.length];
        for (int f = 0; f < fields.length; f++) {
            Terms terms = leaf.terms(fields[f].key());
            if (terms == null) continue;
            enums[f] = terms.iterator();
            current[f] = enums[f].next();
            collections[f] = searcher.collectionStatistics(fields[f].key());
        }
        int[] countedIn = new int[leaf.maxDoc()]; // the round in which an entry was last counted
        int round = 0;
        PostingsEnum postings = null;
        while (true) {
            BytesRef least = null;
            for (BytesRef term : current) if (term != null && (least == null || term.compareTo(least) < 0)) least = term;
            if (least == null) return;
            BytesRef term = BytesRef.deepCopyOf(least);
            round++;
            int entries = 0;
            long occurrences = 0;
            for (int f = 0; f < fields.length; f++) {
                if (current[f] == null || !current[f].bytesEquals(term)) continue;
                occurrences += enums[f].totalTermFreq();
                postings = enums[f].postings(postings, PostingsEnum.NONE);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (countedIn[doc] != round) { countedIn[doc] = round; entries++; }
                }
            }
            // Each term is met once, so its postings are final when its fields are done: no table of all terms' weights.
            Map<Integer, Double> perDoc = new TreeMap<>();
            for (int f = 0; f < fields.length; f++) {
                if (current[f] == null || !current[f].bytesEquals(term)) continue;
                int entriesWithTerm = (int) Math.min(entries, collections[f].docCount()); // BM25's idf assumes df ≤ the field's count
                var statistics = searcher.termStatistics(new Term(fields[f].key(), term), entriesWithTerm, Math.max(occurrences, entriesWithTerm));
                Similarity.SimScorer scorer = similarity.scorer(fields[f].boost, collections[f], statistics);
                NumericDocValues norms = leaf.getNormValues(fields[f].key());
                postings = enums[f].postings(postings, PostingsEnum.FREQS);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    long norm = norms != null && norms.advanceExact(doc) ? norms.longValue() : 1L;
                    perDoc.merge(ordinals[doc], (double) scorer.score(postings.freq(), norm), Double::sum);
                }
                current[f] = enums[f].next();
            }
            List<Posting> list = new ArrayList<>(perDoc.size());
            perDoc.forEach((doc, w) -> list.add(new Posting(doc, w.floatValue())));
            out.put(term.utf8ToString(), List.copyOf(list));
        }
    }

    private static int[] ordinals(LeafReader leaf) throws IOException {
        int[] out = new int[leaf.maxDoc()];
        NumericDocValues values = leaf.getNumericDocValues(ORDINAL);
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) out[doc] = (int) values.longValue();
        return out;
    }
}
