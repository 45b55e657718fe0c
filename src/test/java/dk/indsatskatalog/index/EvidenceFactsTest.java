package dk.indsatskatalog.index;

import dk.indsatskatalog.model.Slug;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvidenceFactsTest {
    private static EvidenceFacts of(String slug) {
        return EvidenceFacts.of(RealCatalogue.get().find(new Slug(slug)).orElseThrow());
    }

    @Test void theDesignsAreThoseOfTheStudiesTheFindingsCite() {
        EvidenceFacts sprog = of("tidlig-sprogindsats");
        assertEquals(Set.of("rct", "descriptive", "process-evaluation"), sprog.designs());
        assertEquals(4, sprog.level());
        assertFalse(sprog.noEffect());
    }

    @Test void aCausalStudyOfABroaderBundleDoesNotCountAsACausalDesignOfThisIntervention() {
        EvidenceFacts lektiecafe = of("lektiecafe");
        assertFalse(lektiecafe.designs().contains("systematic-review"), lektiecafe.designs().toString());
        assertTrue(lektiecafe.designs().contains("survey"), lektiecafe.designs().toString());
    }

    @Test void theNoEffectFlagComesFromTheEvidence() {
        assertTrue(of("natteravne").noEffect());
        assertTrue(of("natteravne").designs().contains("quasi-experimental"));
    }
}
