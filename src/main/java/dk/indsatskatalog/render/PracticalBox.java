package dk.indsatskatalog.render;

import dk.indsatskatalog.model.EvidenceLevel;
import dk.indsatskatalog.model.Source;
import dk.indsatskatalog.model.Term;

import java.time.LocalDate;
import java.util.List;

/**
 * "Kort fortalt": what a municipality or housing organisation needs near the top of an entry to
 * decide whether it can run the intervention: whom it is for, how strong the evidence is and which
 * finding sets that level, who delivers it, staffing, duration, cost, and the routes by which it
 * lives on after project money ends. A null text was not found in the sources.
 *
 * @param ages        "12–25 år", or null when the entry gives no age range
 * @param levelSetBy  the findings that set the level (empty when none does)
 * @param costAmount  kroner as the sources state them ("50.000 – 120.000 kr."), or null
 * @param anchoring   the anchoring routes the entry documents, each once, in entry order
 */
public record PracticalBox(List<Term> targetGroups, String ages, String agesNote, EvidenceLevel level, boolean noEffect,
                           List<EvidenceExplanation.Finding> levelSetBy, String deliveredBy, String staffing, String duration,
                           String costBand, String costText, String costAmount, List<Source> costSources,
                           List<Term> anchoring, List<Term> themes, List<Source> resourceSources,
                           LocalDate lastReviewed, boolean reviewDue) {
    public PracticalBox {
        targetGroups = List.copyOf(targetGroups);
        levelSetBy = List.copyOf(levelSetBy);
        costSources = List.copyOf(costSources);
        anchoring = List.copyOf(anchoring);
        themes = List.copyOf(themes);
        resourceSources = List.copyOf(resourceSources);
    }
}
