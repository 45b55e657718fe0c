package dk.indsatskatalog.model;

/**
 * How much a study design can carry on the evidence scale (rubric v2): a design's class caps the level
 * of any finding that rests on it. Declared from weakest to strongest, so {@link #compareTo} ranks them.
 */
public enum RubricClass {
    DESCRIPTION("description", 1),
    EXPERIENCE("experience", 2),
    REACH("reach", 2),
    ASSESSMENT("assessment", 2),
    CHANGE("change", 3),
    CAUSAL("causal", 4);

    private final String code;
    private final int cap;
    RubricClass(String code, int cap) { this.code = code; this.cap = cap; }
    public String code() { return code; }
    /** The highest level a finding resting on this class can reach (causal: 4, or 5 by the two-study rule). */
    public int cap() { return cap; }

    public static RubricClass fromCode(String code) {
        for (RubricClass c : values()) if (c.code.equals(code)) return c;
        return null;
    }
}
