package dk.indsatskatalog.model;

/** A rough cost band; {@link #UNKNOWN} when the sources do not say. */
public enum CostBand {
    UNKNOWN("ukendt", "Ukendt – ikke fundet i kilderne"),
    LOW("lav", "Lav – drives primært af frivillige eller inden for eksisterende ressourcer"),
    MEDIUM("mellem", "Mellem – en eller få (deltids)stillinger eller projektmidler"),
    HIGH("hoej", "Høj – flere fuldtidsstillinger eller professionelle forløb");

    private final String code;
    private final String label;
    CostBand(String code, String label) { this.code = code; this.label = label; }
    public String code() { return code; }
    public String label() { return label; }

    /** The band's name without its explanation: "Lav" of "Lav – drives primært af frivillige …". */
    public String shortLabel() { return label.split(" – ")[0]; }

}
