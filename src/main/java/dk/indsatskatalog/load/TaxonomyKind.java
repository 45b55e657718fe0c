package dk.indsatskatalog.load;

/** The controlled vocabularies and the files in {@code content/taxonomies/} that hold them. */
public enum TaxonomyKind {
    TARGET_GROUPS("target-groups.yml"),
    THEMES("themes.yml"),
    OUTCOME_DOMAINS("outcome-domains.yml"),
    ANCHORING_STRATEGIES("anchoring-strategies.yml"),
    STUDY_DESIGNS("study-designs.yml"),
    EVIDENCE_LEVELS("evidence-levels.yml");

    private final String fileName;
    TaxonomyKind(String fileName) { this.fileName = fileName; }
    public String fileName() { return fileName; }
}
