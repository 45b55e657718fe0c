package dk.indsatskatalog.site;

import dk.indsatskatalog.model.Catalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EvidenceMapTest {
    private static List<EvidenceMap> maps;

    @BeforeAll static void build(@TempDir Path temp) {
        Catalogue catalogue = MapFixture.catalogue(temp);
        assertEquals(List.of("alfa 3", "beta 2", "gamma 1"), catalogue.interventions().stream()
            .map(i -> i.slug().value() + " " + i.evidence().level().number()).toList(), "the fixture's levels");
        maps = EvidenceMap.of(catalogue);
    }

    /** A cell as "count/highest level/gap/entries". */
    private static String cell(String view, String group, String column) {
        EvidenceMap map = maps.stream().filter(m -> m.id().equals(view)).findFirst().orElseThrow();
        EvidenceMap.Cell c = map.rows().stream().filter(r -> r.targetGroup().code().equals(group)).findFirst().orElseThrow()
            .cells().stream().filter(x -> x.column().code().equals(column)).findFirst().orElseThrow();
        return c.count() + "/" + c.highestLevel() + "/" + (c.gap() ? c.gapCode() : "-") + "/" + String.join(",", c.entries());
    }

    @Test void bothViewsHaveEveryTargetGroupAndEveryColumnInVocabularyOrder() {
        assertEquals(List.of("temaer", "effektomraader"), maps.stream().map(EvidenceMap::id).toList());
        assertEquals(16, maps.get(0).rows().size());
        assertEquals(List.of("kriminalitetsforebyggelse", "uddannelse-og-livschancer", "beskaeftigelse", "sammenhaengskraft-og-medborgerskab"),
            maps.get(0).columns().stream().map(EvidenceMap.Axis::code).toList());
        assertEquals(17, maps.get(1).columns().size());
        maps.forEach(m -> m.rows().forEach(r -> assertEquals(m.columns().size(), r.cells().size())));
    }

    @Test void aThemeCellCountsTheEntriesForTheGroupWithTheThemeAndShowsTheirHighestLevel() {
        assertEquals("2/3/-/alfa,beta", cell("temaer", "boern", "uddannelse-og-livschancer"));
        assertEquals("2/2/-/beta,gamma", cell("temaer", "kvinder", "beskaeftigelse"));
        assertEquals("1/2/-/beta", cell("temaer", "boern", "beskaeftigelse"));
    }

    @Test void emptyCellsAndCellsWithOnlyDescribedPracticeAreGaps() {
        assertEquals("0/0/empty/", cell("temaer", "kvinder", "kriminalitetsforebyggelse"));
        assertEquals("1/1/described/gamma", cell("temaer", "kvinder", "sammenhaengskraft-og-medborgerskab"));
        assertEquals("0/0/empty/", cell("temaer", "aeldre", "beskaeftigelse"));
    }

    @Test void anOutcomeDomainCellTakesTheHighestFindingThatCanSetALevelAndOneWhenNoneCan() {
        assertEquals("1/3/-/alfa", cell("effektomraader", "boern", "skole-og-laering"));
        assertEquals("1/2/-/beta", cell("effektomraader", "kvinder", "beskaeftigelse"));
        assertEquals("1/1/described/gamma", cell("effektomraader", "kvinder", "sundhed-og-trivsel"),
            "Gamma's finding (level 2 on its own) is about a related programme, so it cannot set a level here");
        assertEquals("0/0/empty/", cell("effektomraader", "kvinder", "skole-og-laering"));
    }

    @Test void aCellLinksToTheFilteredListAndAnEmptyOneToNothing() {
        EvidenceMap.Cell c = maps.get(0).rows().get(1).cells().get(1);
        assertEquals("boern uddannelse-og-livschancer temaer/uddannelse-og-livschancer/index.html?maalgruppe=boern",
            c.targetGroup().code() + " " + c.column().code() + " " + c.path());
        EvidenceMap.Cell d = maps.get(1).rows().get(1).cells().get(0);
        assertEquals("maalgrupper/boern/index.html?resultat=skole-og-laering", d.path());
        assertEquals(null, maps.get(0).rows().get(0).cells().get(2).path(), "small children × employment is empty");
    }
}
