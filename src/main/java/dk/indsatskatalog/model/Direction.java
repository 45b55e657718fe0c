package dk.indsatskatalog.model;

/** Which way a finding points. */
public enum Direction {
    POSITIVE("positive", "Positiv"), MIXED("mixed", "Blandet"), NONE("none", "Ingen effekt"), NEGATIVE("negative", "Negativ");

    private final String code;
    private final String label;
    Direction(String code, String label) { this.code = code; this.label = label; }
    public String code() { return code; }
    public String label() { return label; }

}
