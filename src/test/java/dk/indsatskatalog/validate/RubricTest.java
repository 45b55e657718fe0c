package dk.indsatskatalog.validate;

import dk.indsatskatalog.model.Direction;
import dk.indsatskatalog.model.EvidenceLevel;
import dk.indsatskatalog.model.FindingKind;
import dk.indsatskatalog.model.LocalizedText;
import dk.indsatskatalog.model.NextStep;
import dk.indsatskatalog.model.Outcome;
import dk.indsatskatalog.model.OutcomeDomain;
import dk.indsatskatalog.model.Rating;
import dk.indsatskatalog.model.RubricClass;
import dk.indsatskatalog.model.Scope;
import dk.indsatskatalog.model.Setting;
import dk.indsatskatalog.model.Source;
import dk.indsatskatalog.model.SourceId;
import dk.indsatskatalog.model.SourceKind;
import dk.indsatskatalog.model.StudyDesign;
import dk.indsatskatalog.model.Subject;
import dk.indsatskatalog.model.Taxonomies;
import dk.indsatskatalog.model.Term;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rubric v2, rule by rule, with the edge each rule turns on. */
class RubricTest {
    private static final Taxonomies TAX = new Taxonomies(List.of(term("boern"), term("frivillige-og-aktive-beboere")), List.of(),
        List.of(new OutcomeDomain(term("tryghed"), true), new OutcomeDomain(term("kriminalitet"), true)), List.of(), List.of(),
        IntStream.rangeClosed(1, 5).mapToObj(n -> new EvidenceLevel(n, term(String.valueOf(n)))).toList(), term("ingen-effekt"));
    private static int counter;

    private static Term term(String code) { return new Term(code, new LocalizedText(code, null), null); }

    private static StudyDesign design(String code, RubricClass rubricClass, boolean comparison) {
        return new StudyDesign(term(code), rubricClass, comparison);
    }

    private static final StudyDesign RCT = design("rct", RubricClass.CAUSAL, true);
    private static final StudyDesign UNVERIFIED_COMPARISON = design("unverified-comparison", RubricClass.CHANGE, true);
    private static final StudyDesign PRE_POST = design("pre-post", RubricClass.CHANGE, false);
    private static final StudyDesign SURVEY = design("survey", RubricClass.ASSESSMENT, false);
    private static final StudyDesign MONITORING = design("monitoring", RubricClass.REACH, false);
    private static final StudyDesign QUALITATIVE = design("qualitative", RubricClass.EXPERIENCE, false);
    private static final StudyDesign DESCRIPTIVE = design("descriptive", RubricClass.DESCRIPTION, false);

    private static Source study(StudyDesign design, boolean verified, String country, Setting setting) {
        return new Source(new SourceId("s-" + (++counter)), SourceKind.REPORT, "T", null, "A", null, 2020, null, design,
            verified, verified ? "Metodeafsnittet." : null, country, setting, null, null, null, null, null);
    }

    private static Source study(StudyDesign design, boolean verified) { return study(design, verified, "DK", Setting.SOCIAL_HOUSING); }

    private static Source newsAbout(Source study) {
        return new Source(new SourceId("n-" + (++counter)), SourceKind.WEB, "Nyhed", null, "Avis", null, 2021, null, null,
            false, null, "DK", Setting.OTHER, null, null, null, study, null);
    }

    private static Rating rate(FindingKind kind, Scope scope, Direction direction, Source... sources) {
        return Rubric.rate(kind, Subject.PARTICIPANTS, scope, direction, List.of(sources), List.of(term("boern")), TAX);
    }

    private static int level(FindingKind kind, Source... sources) {
        return rate(kind, Scope.INTERVENTION, Direction.POSITIVE, sources).level().number();
    }

    @Test void aFindingsLevelIsTheLowerOfItsKindsCapAndItsBestStudysClass() {
        Source rct = study(RCT, true);
        assertEquals(4, level(FindingKind.EFFECT, rct));
        assertEquals(3, level(FindingKind.CHANGE, rct));
        assertEquals(2, level(FindingKind.ASSESSMENT, rct));
        assertEquals(2, level(FindingKind.REACH, rct));
        assertEquals(2, level(FindingKind.EXPERIENCE, rct));
        assertEquals(3, level(FindingKind.EFFECT, study(UNVERIFIED_COMPARISON, false)));
        assertEquals(3, level(FindingKind.CHANGE, study(PRE_POST, false)));
        assertEquals(2, level(FindingKind.CHANGE, study(SURVEY, false)));
        assertEquals(2, level(FindingKind.REACH, study(MONITORING, false)));
        assertEquals(2, level(FindingKind.EXPERIENCE, study(QUALITATIVE, false)));
        assertEquals(1, level(FindingKind.EXPERIENCE, study(DESCRIPTIVE, false)));
    }

    @Test void interviewsInsideASurveyAreExperiencesAndCarryTwoNotThree() {
        assertEquals(2, level(FindingKind.EXPERIENCE, study(SURVEY, false)));
        assertEquals(2, level(FindingKind.ASSESSMENT, study(SURVEY, false)));
    }

    @Test void anUnverifiedCausalDesignCountsAsMeasuredChange() {
        Rating r = rate(FindingKind.EFFECT, Scope.INTERVENTION, Direction.POSITIVE, study(RCT, false));
        assertEquals(3, r.level().number());
        assertEquals(RubricClass.CHANGE, r.bestClass());
    }

    @Test void aBroaderBundleCarriesAtMostMeasuredChange() {
        assertEquals(3, rate(FindingKind.EFFECT, Scope.BROADER, Direction.POSITIVE, study(RCT, true)).level().number());
    }

    @Test void aNewsItemCountsAsTheStudyItReportsOnAndOnlyOnce() {
        Source rct = study(RCT, true);
        Source news = newsAbout(rct);
        Rating r = rate(FindingKind.EFFECT, Scope.INTERVENTION, Direction.POSITIVE, rct, news);
        assertEquals(List.of(rct), r.setBy());
        assertEquals(4, r.level().number());
        assertEquals(List.of(rct), Rubric.distinctStudies(List.of(news, rct, news)));
    }

    @Test void onlyPositiveFindingsAboutTheInterventionsOwnTargetGroupsCount() {
        Source pre = study(PRE_POST, false);
        assertTrue(rate(FindingKind.CHANGE, Scope.INTERVENTION, Direction.POSITIVE, pre).counts());
        assertFalse(rate(FindingKind.CHANGE, Scope.RELATED, Direction.POSITIVE, pre).counts());
        assertFalse(rate(FindingKind.CHANGE, Scope.BROADER, Direction.POSITIVE, pre).counts());
        assertFalse(rate(FindingKind.CHANGE, Scope.INTERVENTION, Direction.MIXED, pre).counts());
        assertFalse(Rubric.rate(FindingKind.CHANGE, Subject.STAFF, Scope.INTERVENTION, Direction.POSITIVE, List.of(pre),
            List.of(term("boern")), TAX).counts());
    }

    @Test void findingsAboutVolunteersCountOnlyWhenTheEntryTargetsThem() {
        Source pre = study(PRE_POST, false);
        assertFalse(Rubric.rate(FindingKind.CHANGE, Subject.VOLUNTEERS, Scope.INTERVENTION, Direction.POSITIVE, List.of(pre),
            List.of(term("boern")), TAX).counts());
        assertTrue(Rubric.rate(FindingKind.CHANGE, Subject.VOLUNTEERS, Scope.INTERVENTION, Direction.POSITIVE, List.of(pre),
            List.of(term("boern"), term("frivillige-og-aktive-beboere")), TAX).counts());
    }

    @Test void evidenceFromElsewhereIsJudgedOnTheStudyThatSetsTheLevelNotOnANewsItemBesideIt() {
        Source usTrial = study(RCT, true, "US", Setting.OTHER);
        Source danishNews = study(DESCRIPTIVE, false);
        assertTrue(rate(FindingKind.EFFECT, Scope.INTERVENTION, Direction.POSITIVE, usTrial, danishNews).fromElsewhere());
        assertFalse(rate(FindingKind.EFFECT, Scope.INTERVENTION, Direction.POSITIVE, study(RCT, true)).fromElsewhere());
        assertTrue(rate(FindingKind.EFFECT, Scope.RELATED, Direction.POSITIVE, study(RCT, true)).fromElsewhere());
    }

    @Test void noOrANegativeEffectFromACredibleOrUnverifiedComparisonRaisesTheFlag() {
        assertTrue(rate(FindingKind.EFFECT, Scope.INTERVENTION, Direction.NONE, study(RCT, true)).noEffect());
        assertTrue(rate(FindingKind.EFFECT, Scope.INTERVENTION, Direction.NEGATIVE, study(UNVERIFIED_COMPARISON, false)).noEffect());
        assertTrue(rate(FindingKind.EFFECT, Scope.RELATED, Direction.NONE, newsAbout(study(RCT, false))).noEffect());
        assertFalse(rate(FindingKind.CHANGE, Scope.INTERVENTION, Direction.NONE, study(PRE_POST, false)).noEffect());
        assertFalse(rate(FindingKind.EFFECT, Scope.INTERVENTION, Direction.MIXED, study(RCT, true)).noEffect());
    }

    private static Outcome outcome(String domain, FindingKind kind, Scope scope, Direction direction, Source... sources) {
        OutcomeDomain d = TAX.outcomeDomains().stream().filter(x -> x.code().equals(domain)).findFirst().orElseThrow();
        return new Outcome(d, kind, Subject.PARTICIPANTS, scope, direction, "f", List.of(sources), rate(kind, scope, direction, sources));
    }

    private static List<Outcome> withFiveRule(List<Outcome> outcomes) {
        List<Rating> ratings = Rubric.applyFiveRule(outcomes, outcomes.stream().map(Outcome::rating).toList(), TAX);
        List<Outcome> lifted = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            lifted.add(new Outcome(o.domain(), o.kind(), o.about(), o.scope(), o.direction(), o.finding(), o.sources(), ratings.get(i)));
        }
        return lifted;
    }

    @Test void twoDistinctVerifiedCausalStudiesWithANordicOneInOneDomainGiveFive() {
        List<Outcome> outcomes = withFiveRule(List.of(
            outcome("tryghed", FindingKind.EFFECT, Scope.INTERVENTION, Direction.POSITIVE, study(RCT, true, "US", Setting.OTHER)),
            outcome("tryghed", FindingKind.EFFECT, Scope.INTERVENTION, Direction.POSITIVE, study(RCT, true, "SE", Setting.OTHER))));
        assertEquals(5, Rubric.headline(outcomes, TAX).number());
    }

    @Test void fiveNeedsANordicStudyTwoDistinctStudiesAndOneDomain() {
        Source us = study(RCT, true, "US", Setting.OTHER);
        assertEquals(4, Rubric.headline(withFiveRule(List.of(
            outcome("tryghed", FindingKind.EFFECT, Scope.INTERVENTION, Direction.POSITIVE, us),
            outcome("tryghed", FindingKind.EFFECT, Scope.INTERVENTION, Direction.POSITIVE, study(RCT, true, "GB", Setting.OTHER)))), TAX).number());
        Source se = study(RCT, true, "SE", Setting.OTHER);
        assertEquals(4, Rubric.headline(withFiveRule(List.of(
            outcome("tryghed", FindingKind.EFFECT, Scope.INTERVENTION, Direction.POSITIVE, se),
            outcome("tryghed", FindingKind.EFFECT, Scope.INTERVENTION, Direction.POSITIVE, se, newsAbout(se)))), TAX).number());
        assertEquals(4, Rubric.headline(withFiveRule(List.of(
            outcome("tryghed", FindingKind.EFFECT, Scope.INTERVENTION, Direction.POSITIVE, us),
            outcome("kriminalitet", FindingKind.EFFECT, Scope.INTERVENTION, Direction.POSITIVE, se))), TAX).number());
    }

    @Test void relatedEvidenceKeepsItsLevelOnItsOwnLineAndNeverSetsTheHeadline() {
        List<Outcome> outcomes = List.of(
            outcome("tryghed", FindingKind.ASSESSMENT, Scope.INTERVENTION, Direction.POSITIVE, study(SURVEY, false)),
            outcome("tryghed", FindingKind.EFFECT, Scope.RELATED, Direction.POSITIVE, study(RCT, true, "US", Setting.OTHER)));
        EvidenceLevel headline = Rubric.headline(outcomes, TAX);
        assertEquals(2, headline.number());
        assertEquals(List.of(0), Rubric.levelSetBy(outcomes, headline));
        assertEquals(1, Rubric.related(outcomes, headline).size());
        assertEquals(Scope.RELATED, Rubric.related(outcomes, headline).get(0).scope());
        assertEquals(4, Rubric.related(outcomes, headline).get(0).level().number());
    }

    @Test void anEntryWithNoCountingFindingIsDescribed() {
        List<Outcome> outcomes = List.of(outcome("tryghed", FindingKind.EFFECT, Scope.RELATED, Direction.POSITIVE, study(RCT, true)));
        assertEquals(1, Rubric.headline(outcomes, TAX).number());
        assertEquals(List.of(), Rubric.levelSetBy(outcomes, Rubric.headline(outcomes, TAX)));
    }

    @Test void theNextStepFollowsFromTheLevelAndWhatSetIt() {
        assertEquals(NextStep.STUDY_OF_PRACTICE, Rubric.nextStep(TAX.level(1), List.of()));
        assertEquals(NextStep.MEASURED_CHANGE, Rubric.nextStep(TAX.level(2), List.of()));
        assertEquals(NextStep.VERIFIED_COMPARISON, Rubric.nextStep(TAX.level(3),
            List.of(outcome("tryghed", FindingKind.EFFECT, Scope.INTERVENTION, Direction.POSITIVE, study(UNVERIFIED_COMPARISON, false)))));
        assertEquals(NextStep.COMPARISON, Rubric.nextStep(TAX.level(3),
            List.of(outcome("tryghed", FindingKind.CHANGE, Scope.INTERVENTION, Direction.POSITIVE, study(PRE_POST, false)))));
        assertEquals(NextStep.SECOND_CAUSAL_STUDY, Rubric.nextStep(TAX.level(4),
            List.of(outcome("tryghed", FindingKind.EFFECT, Scope.INTERVENTION, Direction.POSITIVE, study(RCT, true)))));
        assertEquals(NextStep.NORDIC_CAUSAL_STUDY, Rubric.nextStep(TAX.level(4),
            List.of(outcome("tryghed", FindingKind.EFFECT, Scope.INTERVENTION, Direction.POSITIVE, study(RCT, true, "US", Setting.OTHER)))));
        assertEquals(NextStep.NONE, Rubric.nextStep(TAX.level(5), List.of()));
    }
}
