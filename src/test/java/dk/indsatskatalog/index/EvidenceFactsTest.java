package dk.indsatskatalog.index;

import dk.indsatskatalog.model.Slug;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Facts of the real catalogue, one entry per rule of {@link EvidenceFacts#of}. */
class EvidenceFactsTest {
    private static EvidenceFacts of(String slug) {
        return EvidenceFacts.of(RealCatalogue.get().find(new Slug(slug)).orElseThrow());
    }

    @Test void aVerifiedTrialOfARelatedProgrammeCounts() {
        // ramboll-2014-mentor: the jobcentres' mentor trial, cited (with three news items about it) by two related-programme findings.
        assertEquals(new EvidenceFacts(Set.of("rct", "systematic-review", "pre-post", "survey", "monitoring", "descriptive"), 2, false),
            of("mentorordning"));
    }

    @Test void anUnverifiedTrialCounts() {
        // trygfonden-read: READ, known from the research centre's page, design not verified; a related programme.
        assertEquals(new EvidenceFacts(Set.of("rct", "unverified-comparison"), 1, false), of("skole-foraeldre-brobygning"));
    }

    @Test void aCausalStudyOfABroaderBundleDoesNotCount() {
        // integrationsviden-helhedsplaner-kriminalitet: a quasi-experiment on whole crime-prevention plans; a broader finding.
        assertEquals(new EvidenceFacts(Set.of("pre-post", "process-evaluation"), 2, false), of("gadeplansarbejde"));
    }

    @Test void theFlagComesFromTheEvidenceAndAVerifiedStudyOfTheInterventionCounts() {
        // kora-2013: a verified quasi-experiment of night ravens themselves, no effect on crime.
        assertEquals(new EvidenceFacts(Set.of("quasi-experimental", "survey", "descriptive"), 2, true), of("natteravne"));
    }

    @Test void aFlagFromABroaderBundleStaysWhileItsQuasiExperimentsDoNotCount() {
        // cfbu-effektmaaling-beskaeftigelse (no effect) and kraks-byudvalg, samfundsoekonomen-fredericia: all broader.
        assertEquals(new EvidenceFacts(Set.of("unverified-comparison", "process-evaluation", "monitoring"), 2, true),
            of("fremskudt-beskaeftigelse"));
    }
}
