package dk.indsatskatalog.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.tartarus.snowball.ext.DanishStemmer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The Danish analysis chain. Tokens are runs of letters and digits (a rule the browser can copy
 * exactly), lower-cased, folded ({@link DanishFolding}), stop words dropped, and stemmed by
 * Snowball's Danish stemmer. At index time synonyms are added (a {@link SynonymGraphFilter},
 * flattened because the index stores no graph) and compounds are split ({@link CompoundSplitter});
 * the query side does neither, so its terms are exactly what {@code analysis.js} computes.
 */
public final class DanishAnalysis {
    private DanishAnalysis() {}

    /**
     * Function words Snowball's Danish list lacks although it has their kin: "kan" beside "kunne",
     * "uden" and "ved" and "mellem" beside "med" and "hos", "ingen" beside "nogle", "hinanden" beside
     * "sig". In a described need ("mænd uden netværk") they carry no topic.
     */
    static final List<String> MORE_STOP_WORDS = List.of("hinanden", "ingen", "kan", "mellem", "uden", "ved");

    /** Danish Snowball stop words and {@link #MORE_STOP_WORDS}, folded like the tokens they are compared with, sorted. */
    public static final List<String> STOP_WORDS;
    private static final CharArraySet STOP_SET;

    static {
        TreeSet<String> folded = new TreeSet<>(MORE_STOP_WORDS);
        for (Object word : DanishAnalyzer.getDefaultStopSet()) folded.add(DanishFolding.fold(new String((char[]) word)));
        STOP_WORDS = List.copyOf(folded);
        STOP_SET = CharArraySet.unmodifiableSet(new CharArraySet(folded, false));
    }

    static Tokenizer tokenizer() { return CharTokenizer.fromTokenCharPredicate(Character::isLetterOrDigit); }

    /** Tokenise, lower-case, fold: the words before stop words, synonyms, compounds and stemming. */
    static TokenStream words(Tokenizer source) {
        return new DanishFolding.Filter(new LowerCaseFilter(source));
    }

    /** The query-side chain, mirrored by the browser. */
    public static Analyzer queryAnalyzer() {
        return new Analyzer() {
            @Override protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = tokenizer();
                return new TokenStreamComponents(source, new SnowballFilter(new StopFilter(words(source), STOP_SET), new DanishStemmer()));
            }
        };
    }

    /** The index-side chain: the query chain plus synonyms and compound parts. */
    public static Analyzer indexAnalyzer(SynonymMap synonyms, CompoundSplitter compounds) {
        return new Analyzer() {
            @Override protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = tokenizer();
                TokenStream stream = words(source);
                if (synonyms.fst != null) stream = new FlattenGraphFilter(new SynonymGraphFilter(stream, synonyms, true));
                stream = new StopFilter(stream, STOP_SET);
                stream = new CompoundSplitter.Filter(stream, compounds);
                return new TokenStreamComponents(source, new SnowballFilter(stream, new DanishStemmer()));
            }
        };
    }

    /** The folded words of {@code text} with stop words dropped (the compound dictionary's raw material). */
    public static List<String> foldedWords(String text) {
        return terms(FOLDED_WORDS, text);
    }

    private static final Analyzer FOLDED_WORDS = new Analyzer() {
        @Override protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = tokenizer();
            return new TokenStreamComponents(source, new StopFilter(words(source), STOP_SET));
        }
    };

    private static final Analyzer PHRASE_WORDS = new Analyzer() {
        @Override protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = tokenizer();
            return new TokenStreamComponents(source, words(source));
        }
    };

    /** The folded words of a synonym phrase, stop words kept (they are dropped later in the chain). */
    static List<String> phraseWords(String text) {
        return terms(PHRASE_WORDS, text);
    }

    /** Snowball's Danish stem of one (folded) word. */
    public static String stem(String word) {
        DanishStemmer stemmer = new DanishStemmer();
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** The terms {@code analyzer} makes of {@code text}, in order. */
    public static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) out.add(term.toString());
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);  // a StringReader does not fail
        }
        return out;
    }
}
