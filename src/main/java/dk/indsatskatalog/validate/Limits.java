package dk.indsatskatalog.validate;

/**
 * The validator's numeric limits, in one place: the rules use them, and the editors' JSON Schemas
 * ({@code schema/ContentSchemas}) state the same numbers, so the two cannot drift apart.
 */
public final class Limits {
    /** Longest Danish summary, in characters. */
    public static final int SUMMARY_MAX = 400;
    /** Youngest and oldest age an age range may name. */
    public static final int AGE_MIN = 0;
    public static final int AGE_MAX = 120;
    /** Earliest and latest plausible publication year of a source. */
    public static final int YEAR_MIN = 1900;
    public static final int YEAR_MAX = 2100;

    private Limits() {}
}
