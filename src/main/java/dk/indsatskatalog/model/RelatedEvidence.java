package dk.indsatskatalog.model;

import java.util.Objects;

/**
 * Evidence an entry reports that does not set its headline: the best finding about a related programme,
 * a broader bundle, or the volunteers or staff themselves, shown as its own labelled line.
 *
 * @param outcome the index of the finding in the entry's outcomes
 */
public record RelatedEvidence(Scope scope, Subject about, EvidenceLevel level, int outcome, String programme) {
    public RelatedEvidence { Objects.requireNonNull(scope, "scope"); Objects.requireNonNull(level, "level"); }
}
