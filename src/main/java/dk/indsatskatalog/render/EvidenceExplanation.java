package dk.indsatskatalog.render;

import dk.indsatskatalog.model.Evidence;
import dk.indsatskatalog.model.Outcome;
import dk.indsatskatalog.model.RelatedEvidence;
import dk.indsatskatalog.model.Scope;
import dk.indsatskatalog.model.Source;
import dk.indsatskatalog.model.Subject;

import java.util.ArrayList;
import java.util.List;

/**
 * "Sådan er niveauet fundet": what an entry page says about its level, computed from the rubric's
 * result so the template only prints. Finding numbers are 1-based, as on the page.
 *
 * @param findings  every finding, in entry order, as the outcomes table names them
 * @param setting   the findings that set the level
 * @param related   evidence on its own line (a related programme, a broader bundle, volunteers or staff)
 * @param noEffect  the findings that raise the no-effect flag
 * @param nextStep  what would lift the level, in Danish
 */
public record EvidenceExplanation(List<Finding> findings, List<Finding> setting, List<Line> related, List<Finding> noEffect,
                                  String nextStep) {
    public EvidenceExplanation {
        findings = List.copyOf(findings);
        setting = List.copyOf(setting);
        related = List.copyOf(related);
        noEffect = List.copyOf(noEffect);
    }

    /**
     * One finding as the explanation names it: its number, domain, kind, the design of the study that
     * sets its level, whether that design was verified in the study itself, and the marks the page shows
     * beside it (evidence from elsewhere, a related programme, about the volunteers themselves …).
     */
    public record Finding(int number, String domain, String kind, String design, boolean causalButUnverified,
                          List<Source> setBy, List<String> marks) {
        public Finding { setBy = List.copyOf(setBy); marks = List.copyOf(marks); }
    }

    /** A labelled line for evidence that does not set the level, and why. */
    public record Line(String label, int level, String levelLabel, int number, String programme, String why) {}

    static EvidenceExplanation of(Evidence evidence) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < evidence.outcomes().size(); i++) findings.add(finding(i, evidence.outcomes().get(i)));
        List<Finding> setting = new ArrayList<>();
        for (int i : evidence.levelSetBy()) setting.add(finding(i, evidence.outcomes().get(i)));
        List<Finding> noEffect = new ArrayList<>();
        for (int i = 0; i < evidence.outcomes().size(); i++) {
            if (evidence.outcomes().get(i).rating().noEffect()) noEffect.add(finding(i, evidence.outcomes().get(i)));
        }
        List<Line> related = new ArrayList<>();
        for (RelatedEvidence r : evidence.related()) {
            related.add(new Line(RatingTexts.lineLabel(r), r.level().number(), r.level().label(), r.outcome() + 1, r.programme(),
                RatingTexts.whyNotCounted(r)));
        }
        return new EvidenceExplanation(findings, setting, related, noEffect, RatingTexts.nextStep(evidence.nextStep()));
    }

    static Finding finding(int index, Outcome o) {
        return new Finding(index + 1, o.domain().label(), o.kind().label(), design(o.rating().setBy()),
            o.rating().setBy().stream().anyMatch(s -> s.study().unverifiedCausal()), o.rating().setBy(), marks(o));
    }

    private static List<String> marks(Outcome o) {
        List<String> marks = new ArrayList<>();
        if (o.scope() != Scope.INTERVENTION) marks.add(o.scope().label());
        else if (o.rating().fromElsewhere()) marks.add(PageTexts.get("mark.elsewhere"));
        if (o.about() == Subject.VOLUNTEERS || o.about() == Subject.STAFF) marks.add(PageTexts.get("mark.themselves", o.about().label()));
        return marks;
    }

    /** The designs of the studies that set a finding's level, e.g. "Før-efter-måling" or "Randomiseret … og Spørgeskema …". */
    static String design(List<Source> setBy) {
        return String.join(" og ", setBy.stream().map(s -> s.study().design().label()).distinct().toList());
    }
}
