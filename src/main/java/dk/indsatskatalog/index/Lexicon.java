package dk.indsatskatalog.index;

import dk.indsatskatalog.model.Catalogue;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Ordforrådet: the catalogue's own Danish words. From them come the compound dictionary
 * ({@link CompoundSplitter}, one stem per word the catalogue uses on its own) and, for each of its
 * stems, the shortest word readers see for it ("bydelsmødre" for the stem "bydelsmodr"). The
 * browser gets those words ({@code search/lexicon.json}) to split unknown compounds with exactly the
 * index's dictionary and to say "Mente du …?" in real words.
 */
public final class Lexicon {
    private final CompoundSplitter splitter;
    private final List<String> words;

    private Lexicon(CompoundSplitter splitter, List<String> words) {
        this.splitter = splitter;
        this.words = List.copyOf(words);
    }

    /** The lexicon of the catalogue's Danish prose ({@link SearchFields#danishProse}). */
    public static Lexicon of(Catalogue catalogue) {
        return of(catalogue.interventions().stream().map(SearchFields::danishProse).toList());
    }

    /** The lexicon of some texts. */
    public static Lexicon of(List<String> texts) {
        Map<String, Integer> seen = new HashMap<>();  // word as written (lower case) → how often
        Set<String> folded = new TreeSet<>();
        for (String text : texts) {
            for (String written : DanishAnalysis.terms(LOWER_CASE_WORDS, text)) {
                String fold = DanishFolding.fold(written);
                if (STOP.contains(fold)) continue;
                folded.add(fold);
                seen.merge(written, 1, Integer::sum);
            }
        }
        CompoundSplitter splitter = CompoundSplitter.fromVocabulary(folded);
        // Per stem the shortest spelling (nearest the dictionary form), then the most frequent, then
        // the first in order: deterministic, and "natteravn" rather than "natteravnene" for a suggestion.
        Map<String, String> best = new HashMap<>();
        Comparator<String> better = Comparator.comparingInt(String::length).thenComparing((String w) -> -seen.get(w))
            .thenComparing(Comparator.naturalOrder());
        for (String written : seen.keySet()) {
            String fold = DanishFolding.fold(written);
            if (!CompoundSplitter.inDictionary(fold)) continue;
            best.merge(DanishAnalysis.stem(fold), written, (a, b) -> better.compare(a, b) <= 0 ? a : b);
        }
        List<String> words = best.values().stream().sorted().toList();
        return new Lexicon(splitter, words);
    }

    public CompoundSplitter splitter() { return splitter; }

    /** One written word per stem of the compound dictionary, sorted. */
    public List<String> words() { return words; }

    /**
     * The words front-coded for {@code lexicon.json}: each begins with one character, '0' plus the
     * number of characters it shares with the previous word (at most {@value #MAX_SHARED}), then the rest.
     */
    public static List<String> frontCoded(List<String> words) {
        List<String> out = new java.util.ArrayList<>(words.size());
        String previous = "";
        for (String word : words) {
            int shared = 0;
            while (shared < MAX_SHARED && shared < previous.length() && shared < word.length()
                && previous.charAt(shared) == word.charAt(shared)) shared++;
            out.add((char) ('0' + shared) + word.substring(shared));
            previous = word;
        }
        return out;
    }

    static final int MAX_SHARED = 70;

    private static final Set<String> STOP = new HashSet<>(DanishAnalysis.STOP_WORDS);

    /** Tokens lower-cased but not folded: words as readers see them. */
    private static final Analyzer LOWER_CASE_WORDS = new Analyzer() {
        @Override protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = DanishAnalysis.tokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }
    };
}
