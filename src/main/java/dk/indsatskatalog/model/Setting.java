package dk.indsatskatalog.model;

/** Where a source's study was done: in social-housing areas or in another setting. */
public enum Setting {
    SOCIAL_HOUSING("social-housing", "I udsatte boligområder"), OTHER("other", "I en anden sammenhæng");

    private final String code;
    private final String label;
    Setting(String code, String label) { this.code = code; this.label = label; }
    public String code() { return code; }
    public String label() { return label; }
}
