package dk.indsatskatalog.model;

import java.util.Objects;

/**
 * Kilde: one publication in the source register, described once however many entries cite it.
 * Exactly one of {@code title} (the publication's own title) and {@code description} (an editor's
 * description of a source without a title, shown in brackets) is set. A web page or news item about a
 * study names it in {@code reportsOn} and has no design of its own; everything else has a design.
 * Nullable: description or title, publisher, year, url, designBasis, population, sample, programme,
 * reportsOn, note, and design when reportsOn is set.
 */
public record Source(SourceId id, SourceKind kind, String title, String description, String authors, String publisher,
                     Integer year, String url, StudyDesign design, boolean designVerified, String designBasis,
                     String country, Setting setting, String population, String sample, String programme,
                     Source reportsOn, String note) {
    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(setting, "setting");
        if ((title == null) == (description == null)) throw new IllegalArgumentException("exactly one of title and description: " + id);
        if ((design == null) == (reportsOn == null)) throw new IllegalArgumentException("a design or a study reported on: " + id);
    }

    /** The study this source stands for when findings are counted: the one it reports on, or itself. */
    public Source study() { return reportsOn == null ? this : reportsOn; }

    /** The class the rubric gives this source's design: an unverified causal design counts as measured change. */
    public RubricClass rubricClass() {
        RubricClass own = study().design().rubricClass();
        return own == RubricClass.CAUSAL && !study().designVerified() ? RubricClass.CHANGE : own;
    }

    /** The design class as written, before verification is taken into account (the no-effect flag reads this). */
    public RubricClass declaredClass() { return study().design().rubricClass(); }

    /** A causal design (trial, quasi-experiment, review) that was not verified in the study itself. */
    public boolean unverifiedCausal() {
        return design != null && design.rubricClass() == RubricClass.CAUSAL && !designVerified;
    }

    public boolean isNordic() { return Countries.isNordic(study().country()); }

    /** Done in Danish social-housing areas. */
    public boolean isDanishSocialHousing() {
        return Countries.DENMARK.equals(study().country()) && study().setting() == Setting.SOCIAL_HOUSING;
    }
}
