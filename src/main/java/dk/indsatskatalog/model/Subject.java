package dk.indsatskatalog.model;

/**
 * Whom a finding is about. A finding about the volunteers or staff themselves is not a finding about
 * the people the intervention is for, unless the entry names them among its target groups.
 */
public enum Subject {
    PARTICIPANTS("participants", "Deltagerne", null),
    AREA("area", "Boligområdet", null),
    VOLUNTEERS("volunteers", "De frivillige", "frivillige-og-aktive-beboere"),
    STAFF("staff", "Medarbejderne", "fagprofessionelle");

    private final String code;
    private final String label;
    private final String targetGroup;
    Subject(String code, String label, String targetGroup) { this.code = code; this.label = label; this.targetGroup = targetGroup; }
    public String code() { return code; }
    public String label() { return label; }
    /** The target group whose presence in an entry makes findings about these people a declared aim; null when always one. */
    public String targetGroup() { return targetGroup; }
}
