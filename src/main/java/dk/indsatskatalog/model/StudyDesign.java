package dk.indsatskatalog.model;

import java.util.Objects;

/** Undersøgelsesdesign: a vocabulary term with the rubric class it counts as and whether it compares with a group that got no intervention. */
public record StudyDesign(Term term, RubricClass rubricClass, boolean comparison) {
    public StudyDesign { Objects.requireNonNull(term, "term"); Objects.requireNonNull(rubricClass, "rubricClass"); }
    public String code() { return term.code(); }
    public String label() { return term.label(); }
}
