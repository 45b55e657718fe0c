package dk.indsatskatalog.validate;

import dk.indsatskatalog.model.Direction;
import dk.indsatskatalog.model.EvidenceLevel;
import dk.indsatskatalog.model.FindingKind;
import dk.indsatskatalog.model.NextStep;
import dk.indsatskatalog.model.Outcome;
import dk.indsatskatalog.model.Rating;
import dk.indsatskatalog.model.RelatedEvidence;
import dk.indsatskatalog.model.RubricClass;
import dk.indsatskatalog.model.Scope;
import dk.indsatskatalog.model.Source;
import dk.indsatskatalog.model.Subject;
import dk.indsatskatalog.model.Taxonomies;
import dk.indsatskatalog.model.Term;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The published rubric, version 2: how a finding's level follows from what it reports and from the
 * designs of the distinct studies behind it, and how an entry's headline, its related-evidence lines,
 * the no-effect flag and the next step follow from its findings. The scale page explains the same rules
 * in Danish; keep them in step. The rubric reads only codes: an editor's judgement is in the coding
 * (a source's design and whether it was verified, a finding's kind, subject and scope), never here.
 */
public final class Rubric {
    private Rubric() {}

    /** The distinct studies behind a list of citations: a news item counts as the study it reports on, and a study cited twice counts once. */
    public static List<Source> distinctStudies(Collection<Source> cited) {
        Set<Source> studies = new LinkedHashSet<>();
        for (Source s : cited) studies.add(s.study());
        return List.copyOf(studies);
    }

    /**
     * A source's class for one finding: its design's class, an unverified causal design counted as
     * measured change, and at most measured change for a broader bundle (which cannot attribute the effect).
     */
    public static RubricClass classFor(Source study, Scope scope) {
        RubricClass own = study.rubricClass();
        return scope == Scope.BROADER && own.compareTo(RubricClass.CHANGE) > 0 ? RubricClass.CHANGE : own;
    }

    /** One finding's rating before the entry-wide five rule: the lower of its kind's cap and its best study's class cap. */
    public static Rating rate(FindingKind kind, Subject about, Scope scope, Direction direction, List<Source> cited,
                              Collection<Term> targetGroups, Taxonomies taxonomies) {
        List<Source> studies = distinctStudies(cited);
        RubricClass best = studies.stream().map(s -> classFor(s, scope)).max(Comparator.naturalOrder()).orElse(RubricClass.DESCRIPTION);
        List<Source> setBy = studies.stream().filter(s -> classFor(s, scope) == best).toList();
        int level = Math.min(kind.cap(), best.cap());
        boolean counts = direction == Direction.POSITIVE && scope == Scope.INTERVENTION && isDeclaredAim(about, targetGroups);
        boolean fromElsewhere = scope != Scope.INTERVENTION || setBy.stream().noneMatch(Source::isDanishSocialHousing);
        boolean noEffect = kind == FindingKind.EFFECT && (direction == Direction.NONE || direction == Direction.NEGATIVE)
            && studies.stream().anyMatch(s -> s.study().design().comparison());
        return new Rating(taxonomies.level(level), setBy, best, counts, fromElsewhere, noEffect);
    }

    /** Findings about the participants or the area always count; about volunteers or staff only when the entry targets them. */
    static boolean isDeclaredAim(Subject about, Collection<Term> targetGroups) {
        return about.targetGroup() == null || targetGroups.stream().anyMatch(t -> t.code().equals(about.targetGroup()));
    }

    /**
     * Level 5: within one outcome domain, counting effect findings at level 4 (so verified causal studies
     * of this intervention), at least two distinct causal studies with a positive effect, one of them Nordic.
     * Returns the ratings with the qualifying findings lifted to 5.
     */
    public static List<Rating> applyFiveRule(List<Outcome> outcomes, List<Rating> ratings, Taxonomies taxonomies) {
        Map<String, Set<Source>> causalByDomain = new LinkedHashMap<>();
        for (int i = 0; i < outcomes.size(); i++) {
            if (qualifiesForFive(outcomes.get(i), ratings.get(i))) {
                causalByDomain.computeIfAbsent(outcomes.get(i).domain().code(), d -> new LinkedHashSet<>()).addAll(ratings.get(i).setBy());
            }
        }
        List<Rating> lifted = new ArrayList<>(ratings);
        for (int i = 0; i < outcomes.size(); i++) {
            Set<Source> studies = causalByDomain.get(outcomes.get(i).domain().code());
            if (qualifiesForFive(outcomes.get(i), ratings.get(i)) && studies.size() >= 2 && studies.stream().anyMatch(Source::isNordic)) {
                Rating r = ratings.get(i);
                lifted.set(i, new Rating(taxonomies.level(5), List.copyOf(studies), r.bestClass(), r.counts(), r.fromElsewhere(), r.noEffect()));
            }
        }
        return lifted;
    }

    private static boolean qualifiesForFive(Outcome o, Rating r) {
        return r.counts() && o.kind() == FindingKind.EFFECT && r.bestClass() == RubricClass.CAUSAL && r.level().number() == 4;
    }

    /** The headline: the highest level among findings that count; 1 (described) when none does. */
    public static EvidenceLevel headline(List<Outcome> outcomes, Taxonomies taxonomies) {
        return outcomes.stream().filter(o -> o.rating().counts()).map(Outcome::level).max(Comparator.naturalOrder())
            .orElse(taxonomies.level(EvidenceLevel.MIN));
    }

    /** Indices of the counting findings at the headline level. */
    public static List<Integer> levelSetBy(List<Outcome> outcomes, EvidenceLevel headline) {
        List<Integer> setBy = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i).rating().counts() && outcomes.get(i).level().equals(headline)) setBy.add(i);
        }
        return setBy;
    }

    /**
     * The best positive finding of each kind of evidence that cannot set the headline (a related programme,
     * a broader bundle, the volunteers or staff themselves), when it stands above the headline.
     */
    public static List<RelatedEvidence> related(List<Outcome> outcomes, EvidenceLevel headline) {
        Map<String, RelatedEvidence> best = new LinkedHashMap<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            if (o.rating().counts() || o.direction() != Direction.POSITIVE || o.level().compareTo(headline) <= 0) continue;
            Subject about = o.scope() == Scope.INTERVENTION ? o.about() : null;
            String key = o.scope().code() + "/" + (about == null ? "" : about.code());
            RelatedEvidence candidate = new RelatedEvidence(o.scope(), about, o.level(), i,
                o.rating().setBy().stream().map(Source::programme).filter(p -> p != null).findFirst().orElse(null));
            RelatedEvidence current = best.get(key);
            if (current == null || candidate.level().compareTo(current.level()) > 0) best.put(key, candidate);
        }
        return best.values().stream().sorted(Comparator.comparing(RelatedEvidence::level).reversed()
            .thenComparingInt(RelatedEvidence::outcome)).toList();
    }

    /** What kind of new evidence would lift the headline one level. */
    public static NextStep nextStep(EvidenceLevel headline, List<Outcome> setting) {
        return switch (headline.number()) {
            case 1 -> NextStep.STUDY_OF_PRACTICE;
            case 2 -> NextStep.MEASURED_CHANGE;
            case 3 -> setting.stream().flatMap(o -> o.rating().setBy().stream()).anyMatch(s -> s.study().design().comparison())
                ? NextStep.VERIFIED_COMPARISON : NextStep.COMPARISON;
            case 4 -> setting.stream().flatMap(o -> o.rating().setBy().stream()).anyMatch(Source::isNordic)
                ? NextStep.SECOND_CAUSAL_STUDY : NextStep.NORDIC_CAUSAL_STUDY;
            default -> NextStep.NONE;
        };
    }
}
