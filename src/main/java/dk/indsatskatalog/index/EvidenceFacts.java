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

    /**
     * The designs of the distinct studies behind the entry's findings (a news item counts as the
     * study it reports on), as the search page describes them: "its sources include a study of this
     * design". A causal design (trial, quasi-experiment, review) counts also when the study is of a
     * related programme or its design is not verified, since the entry's level says how much it
     * weighs; it does not count for a finding about a broader bundle, since a trial of a whole bundle
     * is no trial of this kind of intervention.
     */
    public static EvidenceFacts of(Intervention entry) {
        Set<String> designs = new TreeSet<>();
        for (Outcome outcome : entry.evidence().outcomes()) {
            for (Source study : outcome.sources().stream().map(Source::study).distinct().toList()) {
                boolean causal = study.design().rubricClass() == RubricClass.CAUSAL;
                if (!causal || outcome.scope() != Scope.BROADER) {
                    designs.add(study.design().code());
                }
            }
        }
        return new EvidenceFacts(designs, entry.evidence().level().number(), entry.evidence().noEffectFlag());
    }
}
