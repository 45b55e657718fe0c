package dk.indsatskatalog.model;

/**
 * What a finding is evidence about, seen from the entry that reports it: this kind of intervention
 * for the catalogue's target groups, a related programme (same idea, another programme, target group
 * or setting), or a broader bundle this intervention was one part of. Only {@link #INTERVENTION}
 * findings set an entry's headline level.
 */
public enum Scope {
    INTERVENTION("intervention", "Indsatsen selv"),
    RELATED("related", "En beslægtet indsats"),
    BROADER("broader", "En bredere samling af indsatser");

    private final String code;
    private final String label;
    Scope(String code, String label) { this.code = code; this.label = label; }
    public String code() { return code; }
    public String label() { return label; }
}
