package dk.indsatskatalog.model;

/** What a study evaluated: this intervention, or a broader bundle it was part of. */
public enum Scope {
    INTERVENTION("intervention", "Indsatsen selv"), BROADER("broader", "En bredere samling af indsatser");

    private final String code;
    private final String label;
    Scope(String code, String label) { this.code = code; this.label = label; }
    public String code() { return code; }
    public String label() { return label; }

}
