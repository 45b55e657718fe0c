package dk.indsatskatalog.render;

import dk.indsatskatalog.model.NextStep;
import dk.indsatskatalog.model.RelatedEvidence;
import dk.indsatskatalog.model.RubricClass;
import dk.indsatskatalog.problem.Messages;


/** The Danish wording of the rubric's results on entry pages, from {@code rating.properties}. */
final class RatingTexts {
    private static final Messages TEXTS = Messages.of(RatingTexts.class, "rating.properties");

    private RatingTexts() {}

    /** The Danish name of a design class, e.g. "Målt forandring". */
    static String classLabel(RubricClass c) { return text("class." + c.code()); }

    static String nextStep(NextStep step) { return text("next." + step.code()); }

    /** "Evidens for en beslægtet indsats" and the like: the label of a related-evidence line. */
    static String lineLabel(RelatedEvidence line) { return text("line." + key(line)); }

    /** Why such evidence does not set the entry's level. */
    static String whyNotCounted(RelatedEvidence line) { return text("why." + key(line)); }

    private static String key(RelatedEvidence line) {
        return line.about() != null ? line.about().code() : line.scope().code();
    }

    private static String text(String key) { return TEXTS.get(key); }
}
