package dk.indsatskatalog.model;

/**
 * Fundtype: what a finding reports, whatever instrument produced it. A difference between groups on a
 * self-reported scale is an {@link #EFFECT}; "82 % say they gained" with no comparison and no
 * before-measure is an {@link #ASSESSMENT}.
 */
public enum FindingKind {
    EFFECT("effect", "Effekt", "en forskel i forhold til en sammenligningsgruppe", 4),
    CHANGE("change", "Målt forandring", "en målt forandring over tid på et fastlagt mål", 3),
    ASSESSMENT("assessment", "Egen vurdering", "deltagernes eller medarbejdernes egen vurdering", 2),
    REACH("reach", "Rækkevidde og aktivitet", "deltagelse, aktivitet eller optællinger", 2),
    EXPERIENCE("experience", "Erfaringer", "erfaringer fra interview eller observation", 2);

    private final String code;
    private final String label;
    private final String description;
    private final int cap;
    FindingKind(String code, String label, String description, int cap) {
        this.code = code; this.label = label; this.description = description; this.cap = cap;
    }
    public String code() { return code; }
    public String label() { return label; }
    public String description() { return description; }
    /** The highest level this kind of finding can carry whatever the design behind it. */
    public int cap() { return cap; }
}
