package dk.indsatskatalog.index;

import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.model.Outcome;
import dk.indsatskatalog.model.RubricClass;
import dk.indsatskatalog.model.Scope;
import dk.indsatskatalog.model.Source;

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
            for (Source study : outcome.sources().stream().map(Source::study).distinct().toList()) {
                // A causal design counts only when the rubric counts it as causal for this intervention:
                // verified in the study itself, and about this intervention, not a broader bundle or a
                // related programme. "Shows entries with a randomised trial" must mean a trial of the entry.
                boolean causal = study.design().rubricClass() == RubricClass.CAUSAL;
                boolean countsAsCausal = outcome.scope() == Scope.INTERVENTION && outcome.rating().bestClass() == RubricClass.CAUSAL
                    && outcome.rating().setBy().contains(study);
                if (!causal || countsAsCausal) {
                    designs.add(study.design().code());
                }
            }
        }
        return new EvidenceFacts(designs, entry.evidence().level().number(), entry.evidence().noEffectFlag());
    }
}
