package dk.indsatskatalog.validate;

import dk.indsatskatalog.model.Direction;
import dk.indsatskatalog.model.LocalizedText;
import dk.indsatskatalog.model.RubricClass;
import dk.indsatskatalog.model.Scope;
import dk.indsatskatalog.model.Setting;
import dk.indsatskatalog.model.Study;
import dk.indsatskatalog.model.StudyDesign;
import dk.indsatskatalog.model.StudyId;
import dk.indsatskatalog.model.Term;
import dk.indsatskatalog.validate.Rubric.OutcomeRating;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The published rubric, level by level, with the edge each level turns on. */
class RubricTest {
    private static int counter;

    private static Study study(RubricClass rubricClass, String country, Scope scope) {
        StudyDesign design = new StudyDesign(new Term(rubricClass.code(), new LocalizedText(rubricClass.code(), null), null), rubricClass);
        return new Study(new StudyId("s-" + (++counter)), "A", "T", 2020, null, design, country, Setting.OTHER, scope, null, null);
    }

    private static Study study(RubricClass rubricClass, String country) { return study(rubricClass, country, Scope.INTERVENTION); }

    @Test void onlyDescriptionsGiveLevelOne() {
        assertEquals(1, Rubric.outcomeLevel(Direction.POSITIVE, true, List.of(study(RubricClass.DESCRIPTION, "DK"))));
    }

    @Test void aQualitativeOrProcessStudyGivesLevelTwoWhateverTheDirection() {
        assertEquals(2, Rubric.outcomeLevel(Direction.POSITIVE, true, List.of(study(RubricClass.PROCESS, "DK"))));
        assertEquals(2, Rubric.outcomeLevel(Direction.MIXED, true, List.of(study(RubricClass.PROCESS, "DK"))));
    }

    @Test void aPositiveOutcomeStudyWithoutComparisonGivesLevelThree() {
        assertEquals(3, Rubric.outcomeLevel(Direction.POSITIVE, true, List.of(study(RubricClass.OUTCOME, "DK"), study(RubricClass.DESCRIPTION, "DK"))));
    }

    @Test void anOutcomeStudyWithoutPositiveChangeStaysAtLevelTwo() {
        assertEquals(2, Rubric.outcomeLevel(Direction.NONE, true, List.of(study(RubricClass.OUTCOME, "DK"))));
    }

    @Test void onePositiveCausalStudyGivesLevelFour() {
        assertEquals(4, Rubric.outcomeLevel(Direction.POSITIVE, true, List.of(study(RubricClass.CAUSAL, "DK"))));
    }

    @Test void twoPositiveCausalStudiesWithANordicOneGiveLevelFive() {
        assertEquals(5, Rubric.outcomeLevel(Direction.POSITIVE, true, List.of(study(RubricClass.CAUSAL, "US"), study(RubricClass.CAUSAL, "SE"))));
    }

    @Test void twoCausalStudiesWithoutANordicOneStayAtLevelFour() {
        assertEquals(4, Rubric.outcomeLevel(Direction.POSITIVE, true, List.of(study(RubricClass.CAUSAL, "US"), study(RubricClass.CAUSAL, "GB"))));
    }

    @Test void aCausalStudyOfABroaderBundleCountsAsAnOutcomeStudy() {
        assertEquals(3, Rubric.outcomeLevel(Direction.POSITIVE, true, List.of(study(RubricClass.CAUSAL, "DK", Scope.BROADER))));
    }

    @Test void mixedCausalEvidenceCannotClimbAboveTwo() {
        assertEquals(2, Rubric.outcomeLevel(Direction.MIXED, true, List.of(study(RubricClass.CAUSAL, "DK"), study(RubricClass.CAUSAL, "SE"))));
    }

    @Test void positiveReachOrDeliveryCannotClimbAboveTwo() {
        assertEquals(2, Rubric.outcomeLevel(Direction.POSITIVE, false, List.of(study(RubricClass.OUTCOME, "DK"))));
        assertEquals(2, Rubric.outcomeLevel(Direction.POSITIVE, false, List.of(study(RubricClass.CAUSAL, "DK"), study(RubricClass.CAUSAL, "SE"))));
        assertEquals(1, Rubric.outcomeLevel(Direction.POSITIVE, false, List.of(study(RubricClass.DESCRIPTION, "DK"))));
    }

    @Test void aCausalStudyFindingNoOrNegativeEffectSetsTheFlag() {
        assertTrue(Rubric.noEffectFlag(Direction.NONE, List.of(study(RubricClass.CAUSAL, "DK"))));
        assertTrue(Rubric.noEffectFlag(Direction.NEGATIVE, List.of(study(RubricClass.CAUSAL, "US"))));
    }

    @Test void noEffectWithoutACausalStudySetsNoFlag() {
        assertFalse(Rubric.noEffectFlag(Direction.NONE, List.of(study(RubricClass.OUTCOME, "DK"))));
        assertFalse(Rubric.noEffectFlag(Direction.NONE, List.of(study(RubricClass.CAUSAL, "DK", Scope.BROADER))));
        assertFalse(Rubric.noEffectFlag(Direction.POSITIVE, List.of(study(RubricClass.CAUSAL, "DK"))));
    }

    @Test void theHeadlineIsTheHighestPositiveOutcomeLevel() {
        assertEquals(3, Rubric.headlineLevel(List.of(new OutcomeRating(Direction.POSITIVE, 3),
            new OutcomeRating(Direction.NONE, 2), new OutcomeRating(Direction.POSITIVE, 1))));
    }

    @Test void withoutPositiveOutcomesTheHeadlineIsTheHighestLevelOfAny() {
        assertEquals(2, Rubric.headlineLevel(List.of(new OutcomeRating(Direction.NONE, 2), new OutcomeRating(Direction.MIXED, 1))));
    }

    @Test void withoutOutcomesTheHeadlineIsOne() {
        assertEquals(1, Rubric.headlineLevel(List.of()));
    }
}
