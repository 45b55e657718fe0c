package dk.indsatskatalog.index;

import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.model.Outcome;
import dk.indsatskatalog.model.RubricClass;
import dk.indsatskatalog.model.Study;

import java.util.Set;
import java.util.TreeSet;

/**
 * What search knows of an entry's evidence: the designs of the studies its findings cite, its
 * level, and the no-effect flag. {@link #of} is the only place the index reads the evidence model,
 * so a change to that model changes this one method.
 */
public record EvidenceFacts(Set<String> designs, int level, boolean noEffect) {
    public EvidenceFacts { designs = Set.copyOf(designs); }

    /** An entry with its evidence facts, for the index's per-document bits. */
    record Entry(Intervention entry, EvidenceFacts evidence) {}

    public static EvidenceFacts of(Intervention entry) {
        Set<String> designs = new TreeSet<>();
        for (Outcome outcome : entry.evidence().outcomes()) {
            for (Study study : outcome.studies()) {
                // A causal design counts only when the rubric counts it as causal: a trial of a broader
                // bundle of interventions is no randomised trial of this one. (Where a source records
                // whether its design was verified, an unverified one must not count as causal either.)
                boolean causal = study.design().rubricClass() == RubricClass.CAUSAL;
                if (!causal || study.effectiveClass() == RubricClass.CAUSAL) designs.add(study.design().code());
            }
        }
        return new EvidenceFacts(designs, entry.evidence().level().number(), entry.evidence().noEffectFlag());
    }
}
