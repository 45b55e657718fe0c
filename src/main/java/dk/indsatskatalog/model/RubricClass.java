package dk.indsatskatalog.model;

/** How much a study design can carry on the evidence scale; the rubric reads only this. */
public enum RubricClass {
    CAUSAL("causal"), OUTCOME("outcome"), PROCESS("process"), DESCRIPTION("description");

    private final String code;
    RubricClass(String code) { this.code = code; }
    public String code() { return code; }

    public static RubricClass fromCode(String code) {
        for (RubricClass c : values()) if (c.code.equals(code)) return c;
        return null;
    }
}
