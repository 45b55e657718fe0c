package dk.indsatskatalog.validate;

import dk.indsatskatalog.model.Direction;
import dk.indsatskatalog.model.RubricClass;
import dk.indsatskatalog.model.Study;

import java.util.Collection;
import java.util.List;

/**
 * The published rubric: the level an outcome's studies can carry, the no-effect flag, and the
 * entry's headline level. The scale page explains the same rules in Danish; keep them in step.
 */
public final class Rubric {
    private Rubric() {}

    /**
     * The level (1–5) of one outcome, from its direction, whether its domain measures an effect
     * (reach and delivery do not: levels 3–5 need positive change) and the studies it cites.
     */
    public static int outcomeLevel(Direction direction, boolean measuresEffect, Collection<Study> studies) {
        List<Study> causal = studies.stream().filter(s -> s.effectiveClass() == RubricClass.CAUSAL).toList();
        boolean positive = direction == Direction.POSITIVE && measuresEffect;
        if (positive && causal.size() >= 2 && causal.stream().anyMatch(Study::isNordic)) return 5;
        if (positive && !causal.isEmpty()) return 4;
        if (positive && studies.stream().anyMatch(s -> s.effectiveClass() == RubricClass.OUTCOME)) return 3;
        if (studies.stream().anyMatch(s -> s.effectiveClass() != RubricClass.DESCRIPTION)) return 2;
        return 1;
    }

    /** Ingen effekt / mulig skade: a causal study found no or a negative effect. */
    public static boolean noEffectFlag(Direction direction, Collection<Study> studies) {
        return (direction == Direction.NONE || direction == Direction.NEGATIVE)
            && studies.stream().anyMatch(s -> s.effectiveClass() == RubricClass.CAUSAL);
    }

    /** The entry's level: the highest positive outcome level; without positive outcomes the highest of any; else 1. */
    public static int headlineLevel(List<OutcomeRating> outcomes) {
        return outcomes.stream().filter(o -> o.direction() == Direction.POSITIVE).mapToInt(OutcomeRating::level).max()
            .orElse(outcomes.stream().mapToInt(OutcomeRating::level).max().orElse(1));
    }

    /** An outcome's direction and derived level, the input to {@link #headlineLevel}. */
    public record OutcomeRating(Direction direction, int level) {}
}
