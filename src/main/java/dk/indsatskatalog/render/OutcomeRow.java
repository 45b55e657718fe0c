package dk.indsatskatalog.render;

import dk.indsatskatalog.model.EvidenceLevel;
import dk.indsatskatalog.model.Source;

import java.util.List;

/**
 * One row of an entry's outcomes table, with every decision already made: {@code showsLevel} is
 * true for a positive finding (only those carry a level a reader can use), {@code flagged} for a
 * finding that raises the no-effect flag, {@code counts} when it can set the entry's level.
 *
 * @param marks      notes shown beside the finding ("Evidens for en beslægtet indsats", …)
 * @param design     the design of the studies that set the finding's level, lower case
 * @param direction  the direction's Danish label; {@code directionModifier} its CSS modifier
 */
public record OutcomeRow(int number, String domain, String finding, List<String> marks, String kind, String design,
                         boolean causalButUnverified, String direction, String directionModifier, boolean flagged,
                         boolean showsLevel, EvidenceLevel level, boolean counts, List<Source> sources) {
    public OutcomeRow { marks = List.copyOf(marks); sources = List.copyOf(sources); }
}
