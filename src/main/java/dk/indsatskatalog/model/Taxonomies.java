package dk.indsatskatalog.model;

import java.util.List;
import java.util.Optional;

/** The controlled vocabularies, in the order editors wrote them. */
public record Taxonomies(List<Term> targetGroups, List<Term> themes, List<OutcomeDomain> outcomeDomains,
                         List<Term> anchoringStrategies, List<StudyDesign> studyDesigns,
                         List<EvidenceLevel> levels, Term noEffectFlag) {
    public Taxonomies {
        targetGroups = List.copyOf(targetGroups);
        themes = List.copyOf(themes);
        outcomeDomains = List.copyOf(outcomeDomains);
        anchoringStrategies = List.copyOf(anchoringStrategies);
        studyDesigns = List.copyOf(studyDesigns);
        levels = List.copyOf(levels);
    }

    public EvidenceLevel level(int number) {
        return levels.stream().filter(l -> l.number() == number).findFirst()
            .orElseThrow(() -> new IllegalStateException("no evidence level " + number));
    }

    public static Optional<Term> find(List<Term> terms, String code) {
        return terms.stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
