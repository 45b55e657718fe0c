package dk.indsatskatalog.model;

import java.util.List;
import java.util.Objects;

/** One finding, with the level the rubric derived from the studies it rests on, and the no-effect flag. */
public record Outcome(OutcomeDomain domain, Direction direction, String finding, List<Study> studies,
                      EvidenceLevel level, boolean noEffectFlag) {
    public Outcome {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(level, "level");
        studies = List.copyOf(studies);
    }

    /** True when none of the studies was done on this intervention in Danish social-housing areas. */
    public boolean evidenceFromElsewhere() { return studies.stream().noneMatch(Study::isFromThisSetting); }
}
