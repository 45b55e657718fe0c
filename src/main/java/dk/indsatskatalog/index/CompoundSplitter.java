package dk.indsatskatalog.index;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits Danish compounds (sammensatte ord) against a dictionary built from the catalogue's own
 * words, so "ungdomsklubber" is also indexed as "ungdoms" + "klubber" (stemmed later to "ungdom",
 * "klub") and a search for "klub" or "lektie café" finds it. A part must be at least
 * {@value #MIN_PART} letters and its stem must be the stem of a word that occurs on its own in the
 * catalogue; linking letters ("s", "e") are absorbed by stemming. The split with the fewest parts wins.
 * When no split into known parts exists, a known head ending in the linking "s" may be followed by
 * an unknown tail of at least {@value #MIN_TAIL} letters ("trygheds" + "vandringer").
 */
public final class CompoundSplitter {
    static final int MIN_PART = 4;
    static final int MIN_WORD = 2 * MIN_PART;
    static final int MAX_PARTS = 4;
    /** An unknown last part after a linking "s" must be at least this long. */
    static final int MIN_TAIL = 5;

    private final Set<String> stems;
    private final Map<String, List<String>> cache = new HashMap<>();
    private final org.tartarus.snowball.ext.DanishStemmer stemmer = new org.tartarus.snowball.ext.DanishStemmer();

    private CompoundSplitter(Set<String> stems) { this.stems = stems; }

    /** A splitter whose dictionary is {@code words} (folded, without stop words). */
    public static CompoundSplitter fromVocabulary(Collection<String> words) {
        Set<String> stems = new HashSet<>();
        for (String word : words) {
            if (inDictionary(word)) stems.add(DanishAnalysis.stem(word));
        }
        return new CompoundSplitter(stems);
    }

    /** Whether a folded word's stem goes into the dictionary: letters only, at least {@value #MIN_PART} of them. */
    static boolean inDictionary(String folded) {
        return folded.length() >= MIN_PART && folded.chars().allMatch(Character::isLetter);
    }

    /** The dictionary's stems, sorted (for tests and the lexicon's parity). */
    java.util.SortedSet<String> stems() { return new java.util.TreeSet<>(stems); }

    /** A splitter that never splits. */
    public static CompoundSplitter none() { return new CompoundSplitter(Set.of()); }

    /** The parts of {@code word} (folded), or an empty list when it is not a compound of known words. */
    public synchronized List<String> parts(String word) {
        return cache.computeIfAbsent(word, this::split);
    }

    private List<String> split(String word) {
        int n = word.length();
        if (n < MIN_WORD || stems.isEmpty()) return List.of();
        int[] count = new int[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(count, Integer.MAX_VALUE);
        count[0] = 0;
        for (int end = MIN_PART; end <= n; end++) {
            for (int start = 0; start <= end - MIN_PART; start++) {
                if (count[start] == Integer.MAX_VALUE || count[start] + 1 >= count[end]) continue;
                if (start == 0 && end == n) continue;  // the word itself is not a split
                if (stems.contains(stem(word.substring(start, end)))) {
                    count[end] = count[start] + 1;
                    from[end] = start;
                }
            }
        }
        if (count[n] == Integer.MAX_VALUE) {
            // A known head joined by the linking "s" to a tail the catalogue never uses alone
            // ("trygheds" + "vandringer"): the "s" is a strong sign of a compound.
            for (int start = MIN_PART + 1; start <= n - MIN_TAIL; start++) {
                if (word.charAt(start - 1) == 's' && count[start] < MAX_PARTS) {
                    count[n] = count[start] + 1;
                    from[n] = start;
                    break;
                }
            }
        }
        if (count[n] == Integer.MAX_VALUE || count[n] > MAX_PARTS) return List.of();
        Deque<String> parts = new ArrayDeque<>();
        for (int end = n; end > 0; end = from[end]) parts.addFirst(word.substring(from[end], end));
        return List.copyOf(parts);
    }

    private String stem(String part) {
        stemmer.setCurrent(part);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** Emits each token, then its parts at the same position. */
    static final class Filter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final CompoundSplitter splitter;
        private final Deque<String> pending = new ArrayDeque<>();
        private State state;

        Filter(TokenStream input, CompoundSplitter splitter) {
            super(input);
            this.splitter = splitter;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!pending.isEmpty()) {
                restoreState(state);
                term.setEmpty().append(pending.removeFirst());
                increment.setPositionIncrement(0);
                return true;
            }
            if (!input.incrementToken()) return false;
            List<String> parts = splitter.parts(term.toString());
            if (!parts.isEmpty()) {
                pending.addAll(parts);
                state = captureState();
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pending.clear();
            state = null;
        }
    }
}
