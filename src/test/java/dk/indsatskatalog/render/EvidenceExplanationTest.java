package dk.indsatskatalog.render;

import dk.indsatskatalog.TestProject;
import dk.indsatskatalog.load.CatalogueLoader;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.validate.Validation;
import dk.indsatskatalog.validate.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Sådan er niveauet fundet": what the page says follows from the rubric's result, finding by finding. */
class EvidenceExplanationTest {
    @TempDir Path temp;

    private Intervention entry(String text) {
        TestProject project = TestProject.create(temp).withEntry("gyldig.yml", text);
        Validation v = new Validator().validate(new CatalogueLoader().load(project.dir().resolve("content")));
        assertEquals(List.of(), v.problems());
        return v.catalogue().interventions().get(0);
    }

    @Test void anInterviewFindingSetsLevelTwoAndAMeasurementWouldLiftIt() {
        EvidenceExplanation x = EvidenceExplanation.of(entry(TestProject.fixtureText("gyldig")).evidence());
        assertEquals(List.of("1 Skole og læring Erfaringer Kvalitativ undersøgelse false"),
            x.setting().stream().map(f -> f.number() + " " + f.domain() + " " + f.kind() + " " + f.design() + " " + f.causalButUnverified()).toList());
        assertEquals(List.of(), x.related());
        assertTrue(x.nextStep().startsWith("En måling af forandring på et fastlagt mål før og efter indsatsen"), x.nextStep());
    }

    @Test void anUnverifiedTrialCountsAsMeasuredChangeAndSaysWhatVerifyingItWouldDo() {
        EvidenceExplanation x = EvidenceExplanation.of(entry(TestProject.fixtureText("gyldig")
            .replace("kind: experience", "kind: effect").replace("      sources: [vive-2018]", "      sources: [uverificeret-forsoeg]")).evidence());
        assertEquals(List.of("1 Kvasieksperimentelt studie true"),
            x.setting().stream().map(f -> f.number() + " " + f.design() + " " + f.causalButUnverified()).toList());
        assertTrue(x.nextStep().startsWith("Hvis sammenligningsgruppen i den undersøgelse, der sætter niveauet, kan efterprøves"), x.nextStep());
    }

    @Test void aTrialOfARelatedProgrammeStandsOnItsOwnLineAndTheFindingIsMarked() {
        String text = TestProject.fixtureText("gyldig").replace("    - domain: skole-og-laering\n",
            "    - domain: skole-og-laering\n      kind: effect\n      about: participants\n      scope: related\n"
                + "      direction: positive\n      finding: Et forsøg med et beslægtet program.\n      sources: [forsoeg]\n"
                + "    - domain: skole-og-laering\n");
        EvidenceExplanation x = EvidenceExplanation.of(entry(text).evidence());
        assertEquals(List.of("Evidens for en beslægtet indsats 4 1 Familiekurset"),
            x.related().stream().map(l -> l.label() + " " + l.level() + " " + l.number() + " " + l.programme()).toList());
        assertEquals(List.of("En beslægtet indsats"), x.findings().get(0).marks());
        assertEquals(List.of(2), x.setting().stream().map(EvidenceExplanation.Finding::number).toList());
    }
}
