package dk.indsatskatalog.model;

import java.util.List;
import java.util.Objects;

/**
 * The entry's evidence: every source it cites (news items together with the studies they report on),
 * its findings, the headline level and which findings set it, related evidence shown on its own line,
 * the no-effect flag and what would lift the level.
 *
 * @param levelSetBy indices into {@code outcomes} of the findings that set the headline (empty at level 1 without any)
 */
public record Evidence(List<Source> sources, List<Outcome> outcomes, EvidenceLevel level, List<Integer> levelSetBy,
                       List<RelatedEvidence> related, boolean noEffectFlag, NextStep nextStep) {
    public Evidence {
        sources = List.copyOf(sources);
        outcomes = List.copyOf(outcomes);
        levelSetBy = List.copyOf(levelSetBy);
        related = List.copyOf(related);
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(nextStep, "nextStep");
    }

    /** The findings that set the headline, in entry order. */
    public List<Outcome> settingOutcomes() { return levelSetBy.stream().map(outcomes::get).toList(); }
}
