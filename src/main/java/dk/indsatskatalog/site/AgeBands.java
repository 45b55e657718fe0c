package dk.indsatskatalog.site;

import dk.indsatskatalog.model.AgeRange;

import java.util.List;

/**
 * Aldersgrupper: the age bands lists filter by, the same as the target groups' descriptions (0–5,
 * 6–12, 13–17, 18–29, 30 and up), and the one rule for whether an entry's age range covers an age.
 * An entry without an age range covers no age: a filter on age shows only entries whose sources
 * give one. Ages from {@link #OPEN_FROM} up count as one ("30 år og op"), so the search index keeps
 * one bit per year below it and one for all above.
 */
public final class AgeBands {
    /** From this age up, ages are one value. */
    public static final int OPEN_FROM = 30;

    /** A band of ages, {@code to} inclusive; {@code to} is null for "and up". */
    public record Band(int from, Integer to, String label) {
        /** The band as a URL value: "13-17", or "30" for the open band. */
        public String code() { return to == null ? String.valueOf(from) : from + "-" + to; }

        /** Whether {@code range} covers at least one age of this band. */
        public boolean overlaps(AgeRange range) {
            int last = to == null ? OPEN_FROM : to;
            for (int age = from; age <= last; age++) if (covers(range, age)) return true;
            return false;
        }
    }

    public static final List<Band> BANDS = List.of(
        new Band(0, 5, "0–5 år"),
        new Band(6, 12, "6–12 år"),
        new Band(13, 17, "13–17 år"),
        new Band(18, 29, "18–29 år"),
        new Band(OPEN_FROM, null, OPEN_FROM + " år og op"));

    private AgeBands() {}

    /**
     * Whether an entry with {@code range} (null: not given) is for people of {@code age}; an age of
     * {@link #OPEN_FROM} stands for every age from it up.
     */
    public static boolean covers(AgeRange range, int age) {
        if (range == null) return false;
        if (age >= OPEN_FROM) return range.max() == null || range.max() >= OPEN_FROM;
        return (range.min() == null || range.min() <= age) && (range.max() == null || range.max() >= age);
    }
}
