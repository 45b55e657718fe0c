package dk.indsatskatalog.load;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The quick look that decides whether a line of output needs the placeholder pattern at all. */
class TextChecksTest {
    private static final List<String> WORDS = Stream.concat(TextChecks.PLACEHOLDER_WORDS.stream(), TextChecks.INTERNAL_WORDS.stream()).toList();

    @Test
    void findsEveryWordInAnyCaseAnywhereOnTheLineAndNothingInCleanText() {
        for (String word : WORDS) {
            for (String written : List.of(word, word.toUpperCase(Locale.ROOT), "x " + word, "…" + word.toUpperCase(Locale.ROOT) + ".")) {
                assertEquals(true, TextChecks.mayHavePlaceholderOrInternalWord(written), written);
            }
        }
        assertEquals(false, TextChecks.mayHavePlaceholderOrInternalWord("Indsatsen er fundet i tre evalueringer; lørdag i faellesskab."));
        assertEquals(false, TextChecks.mayHavePlaceholderOrInternalWord("indsæ"));
        assertEquals(false, TextChecks.mayHavePlaceholderOrInternalWord(""));
    }

    /** The same answer as the plain definition: the text, each character lower-cased, contains one of the words. */
    @Property(tries = 2000, seed = "20261207")
    void agreesWithLowerCasingTheWholeText(@ForAll("nearMisses") String text) {
        StringBuilder lowered = new StringBuilder();
        text.chars().forEach(c -> lowered.append(Character.toLowerCase((char) c)));
        String lower = lowered.toString();
        boolean expected = WORDS.stream().anyMatch(lower::contains);
        assertEquals(expected, TextChecks.mayHavePlaceholderOrInternalWord(text), text);
    }

    /** Text made of pieces of the words, in both cases, with letters that lower-case to ASCII from outside it. */
    @Provide
    Arbitrary<String> nearMisses() {
        List<String> pieces = Stream.concat(WORDS.stream().flatMap(w -> Stream.of(w.substring(0, w.length() / 2), w.substring(w.length() / 2),
            w.toUpperCase(Locale.ROOT), w)), Stream.of(" ", "æ", "Æ", "\u0130", "\u212A", "[", "]", "{")).toList();
        return Arbitraries.of(pieces).list().ofMaxSize(8).map(list -> String.join("", list));
    }
}
