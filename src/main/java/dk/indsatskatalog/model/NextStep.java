package dk.indsatskatalog.model;

/** What kind of new evidence would lift an entry one level; the pages word each step in Danish. */
public enum NextStep {
    /** At 1: a study of the intervention itself (interviews, a process evaluation, a count of whom it reaches). */
    STUDY_OF_PRACTICE("study-of-practice"),
    /** At 2: a measurement of change on a defined measure, before and after. */
    MEASURED_CHANGE("measured-change"),
    /** At 3 resting on a comparison that could not be verified: check it in the study itself. */
    VERIFIED_COMPARISON("verified-comparison"),
    /** At 3: a comparison with a control group. */
    COMPARISON("comparison"),
    /** At 4: one more independent causal study with a positive effect, at least one of them Nordic. */
    SECOND_CAUSAL_STUDY("second-causal-study"),
    /** At 4 with only non-Nordic causal studies: a Nordic one. */
    NORDIC_CAUSAL_STUDY("nordic-causal-study"),
    /** At 5: the top of the scale. */
    NONE("none");

    private final String code;
    NextStep(String code) { this.code = code; }
    public String code() { return code; }
}
