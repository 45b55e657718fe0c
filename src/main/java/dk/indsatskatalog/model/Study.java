package dk.indsatskatalog.model;

import java.util.Objects;

/**
 * A cited source (kilde): an evaluation, review or description of practice.
 * {@code year}, {@code url}, {@code sample} and {@code note} may be null when the source does not give them.
 */
public record Study(StudyId id, String authors, String title, Integer year, String url, StudyDesign design,
                    String country, Setting setting, Scope scope, String sample, String note) {
    public Study {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(scope, "scope");
    }

    /** The class this study counts as: a causal study of a broader bundle cannot attribute the effect. */
    public RubricClass effectiveClass() {
        RubricClass own = design.rubricClass();
        return own == RubricClass.CAUSAL && scope == Scope.BROADER ? RubricClass.OUTCOME : own;
    }

    public boolean isNordic() { return Countries.isNordic(country); }

    /** Done in Danish social-housing areas, about this intervention itself. */
    public boolean isFromThisSetting() {
        return Countries.DENMARK.equals(country) && setting == Setting.SOCIAL_HOUSING && scope == Scope.INTERVENTION;
    }
}
