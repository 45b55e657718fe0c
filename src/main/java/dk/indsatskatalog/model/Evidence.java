package dk.indsatskatalog.model;

import java.util.List;
import java.util.Objects;

/** The entry's studies and outcomes, its headline level and whether any outcome carries the flag. */
public record Evidence(List<Study> studies, List<Outcome> outcomes, EvidenceLevel level, boolean noEffectFlag) {
    public Evidence {
        studies = List.copyOf(studies);
        outcomes = List.copyOf(outcomes);
        Objects.requireNonNull(level, "level");
    }
}
