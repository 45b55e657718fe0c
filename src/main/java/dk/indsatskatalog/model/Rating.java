package dk.indsatskatalog.model;

import java.util.List;
import java.util.Objects;

/**
 * What the rubric made of one finding: its level (the lower of what its kind and its best study's
 * design class can carry), the distinct studies that set it, and the marks the page shows.
 *
 * @param level        the finding's level; the strength of the evidence whatever its direction
 * @param setBy        the distinct studies (news items resolved to the study they report on) whose class set the level
 * @param bestClass    the class of those studies, after verification and scope are taken into account
 * @param counts       whether the finding can set the entry's headline: positive, about the entry's own target
 *                     groups or area, and about this intervention
 * @param fromElsewhere the studies that set the level were not done on this intervention in Danish social-housing areas
 * @param noEffect     an effect finding with no or a negative effect from a comparison (credible or unverified)
 */
public record Rating(EvidenceLevel level, List<Source> setBy, RubricClass bestClass, boolean counts,
                     boolean fromElsewhere, boolean noEffect) {
    public Rating {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(bestClass, "bestClass");
        setBy = List.copyOf(setBy);
    }
}
