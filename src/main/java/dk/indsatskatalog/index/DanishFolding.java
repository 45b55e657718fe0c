package dk.indsatskatalog.index;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;

/**
 * Folds a lower-cased Danish word to one canonical spelling, so that æ/ø/å and the ways people type
 * them without a Danish keyboard meet: æ and ä become "ae"; ø, ö and "oe" become "o"; å and "aa"
 * become "a"; accents are dropped (é → e). "bydelsmødre", "bydelsmoedre" and "bydelsmodre" all
 * become "bydelsmodre". Runs before stemming, so the stemmer sees one spelling. The browser's
 * {@code analysis.js} implements the same mapping; a parity test holds them together.
 */
public final class DanishFolding {
    private DanishFolding() {}

    public static String fold(CharSequence word) {
        StringBuilder out = new StringBuilder(word.length() + 2);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            switch (c) {
                case 'æ', 'ä' -> { put(out, 'a'); put(out, 'e'); }
                case 'ø', 'ö', 'ó', 'ò', 'ô', 'õ' -> put(out, 'o');
                case 'å', 'á', 'à', 'â', 'ã' -> put(out, 'a');
                case 'é', 'è', 'ê', 'ë' -> put(out, 'e');
                case 'í', 'ì', 'î', 'ï' -> put(out, 'i');
                case 'ú', 'ù', 'û', 'ü' -> put(out, 'u');
                case 'ý', 'ÿ' -> put(out, 'y');
                case 'ñ' -> put(out, 'n');
                case 'ç' -> put(out, 'c');
                case 'ß' -> { put(out, 's'); put(out, 's'); }
                default -> put(out, c);
            }
        }
        return out.toString();
    }

    /** Appends {@code c} unless it completes "aa" (typed å) or "oe" (typed ø), which fold to "a" and "o". */
    private static void put(StringBuilder out, char c) {
        char last = out.length() == 0 ? 0 : out.charAt(out.length() - 1);
        if ((c == 'a' && last == 'a') || (c == 'e' && last == 'o')) return;
        out.append(c);
    }

    /** Most tokens are plain ASCII without "aa" or "oe": leave them alone without copying. */
    static boolean needsFolding(char[] chars, int length) {
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c >= 0x80) return true;
            if (i > 0 && ((c == 'a' && chars[i - 1] == 'a') || (c == 'e' && chars[i - 1] == 'o'))) return true;
        }
        return false;
    }

    /** The token filter form of {@link #fold}. */
    public static final class Filter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        public Filter(TokenStream input) { super(input); }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) return false;
            if (needsFolding(term.buffer(), term.length())) {
                String folded = fold(term);
                term.setEmpty().append(folded);
            }
            return true;
        }
    }
}
