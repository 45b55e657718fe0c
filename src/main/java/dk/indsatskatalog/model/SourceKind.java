package dk.indsatskatalog.model;

/** Kildetype: what kind of publication a source is; a web page or news item never counts as a study of its own. */
public enum SourceKind {
    PEER_REVIEWED("peer-reviewed", "Fagfællebedømt artikel"),
    REPORT("report", "Rapport eller evaluering"),
    SYSTEMATIC_REVIEW("systematic-review", "Systematisk forskningsoversigt"),
    WEB("web", "Webside, nyhed eller pressemeddelelse"),
    PRACTICE_DESCRIPTION("practice-description", "Beskrivelse af praksis");

    private final String code;
    private final String label;
    SourceKind(String code, String label) { this.code = code; this.label = label; }
    public String code() { return code; }
    public String label() { return label; }
}
