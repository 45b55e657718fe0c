package dk.indsatskatalog.problem;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Suggests the closest known word for a mistyped one (edit distance, case-insensitive). */
public final class DidYouMean {
    private DidYouMean() {}

    private record Candidate(String word, int distance) {}

    public static Optional<String> closest(String typed, Collection<String> known) {
        String lower = typed.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, lower.length() / 3);
        return known.stream()
            .map(k -> new Candidate(k, distance(lower, k.toLowerCase(Locale.ROOT))))
            .filter(c -> c.distance() <= limit)
            .min(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::word))
            .map(Candidate::word);
    }

    /** A message suffix: {@code ; mente du "x"?} or nothing. */
    public static String hint(String typed, Collection<String> known) {
        return closest(typed, known).map(k -> "; mente du \"" + k + "\"?").orElse("");
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous; previous = current; current = swap;
        }
        return previous[b.length()];
    }
}
