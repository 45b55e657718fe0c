package dk.indsatskatalog.history;

import dk.indsatskatalog.TestProject;
import dk.indsatskatalog.model.EntryChange;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a commit changed in an entry file, read from the file before and after. */
class EntryDiffTest {
    private static final String FULL = TestProject.fixtureText("fuld");

    private static List<EntryChange> diff(String before, String after) { return EntryDiff.between(before, after); }

    private static EntryChange change(String key, Object... values) { return new EntryChange(key, List.of(values)); }

    @Test void aNewFileIsTheEntryComingInWithItsLevelAndFindings() {
        assertEquals(List.of(change("created", 4, 4)), diff(null, FULL));
    }

    @Test void theLevelFindingsSourcesAndTextsAreNamedInReadingOrder() {
        String after = FULL.replace("  level: 4", "  level: 3")
            .replace("      finding: Børnene trivedes bedre efter et år.", "      finding: Børnene trivedes lidt bedre efter et år.")
            .replace("""
                    - domain: gennemfoerelse
                      kind: reach
                      about: participants
                      scope: intervention
                      direction: positive
                      finding: Indsatsen nåede 120 familier, ifølge en nyhed.
                      sources: [nyhed-om-vive]
                """, "")
            .replace("  Et andet afsnit.", "  Et nyt andet afsnit.")
            .replace("descriptionSources: [vive-2018]", "descriptionSources: [vive-2018, uden-titel]");
        assertEquals(List.of(change("level", 4, 3), change("findings.removed", 1), change("findings.changed", 1),
                change("sources.added", 1), change("sources.removed", 1), change("description")),
            diff(FULL, after));
    }

    @Test void codesListsAndResourcesAreNamedOneByOne() {
        String after = FULL.replace("targetGroups: [boern, foraeldre]", "targetGroups: [boern, unge, faedre]")
            .replace("  costBand: mellem", "  costBand: lav")
            .replace("  staffing: En koordinator på halv tid og frivillige.", "  staffing: Kun frivillige.")
            .replace("""
                  - municipality: Aarhus
                    area: Gellerup
                    sources: [vive-2018]
                """, """
                  - municipality: Aarhus
                    area: Gellerup og Bispehaven
                    sources: [vive-2018]
                  - municipality: Odense
                    sources: [vive-2018]
                """)
            .replace("lastReviewed: 2026-11-22", "lastReviewed: 2026-12-01");
        assertEquals(List.of(change("targetGroups.added", List.of("faedre", "unge")), change("targetGroups.removed", List.of("foraeldre")),
                change("costBand", "mellem", "lav"), change("resources.staffing"), change("places.added", 1), change("places.changed", 1),
                change("reviewed", "2026-12-01")),
            diff(FULL, after));
    }

    @Test void aNewReviewDateAloneIsSaidToChangeNothingElse() {
        assertEquals(List.of(change("reviewedOnly", "2026-12-01")),
            diff(FULL, FULL.replace("lastReviewed: 2026-11-22", "lastReviewed: 2026-12-01")));
    }

    @Test void reflowedTextAndReorderedKeysAreOnlyLayout() {
        String reflowed = FULL.replace("  deliveredBy: Boligorganisationen og den lokale skole.", "  deliveredBy: >-\n    Boligorganisationen og\n    den lokale skole.")
            .replace("  min: 6\n  max: 12", "  max: 12\n  min: 6");
        assertEquals(List.of(change("layout")), diff(FULL, reflowed));
    }

    @Test void studiesWrittenInsideTheEntryCountAsItsSources() {
        String inside = "slug: x\nevidence:\n  level: 2\n  studies:\n    - id: a\n    - id: b\n  outcomes: []\n";
        String register = "slug: x\ndescriptionSources: [a]\nevidence:\n  level: 2\n  outcomes: []\n";
        assertEquals(List.of(change("sources.removed", 1), change("format")), diff(inside, register));
    }

    @Test void aFileThatIsNotAnEntryOrWasRemovedSaysSo() {
        assertEquals(List.of(change("unreadable")), diff(FULL, "slug: [unclosed"));
        assertEquals(List.of(change("unreadable")), diff("- a list", FULL));
        assertEquals(List.of(change("removed")), diff(FULL, null));
    }
}
