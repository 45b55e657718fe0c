package dk.indsatskatalog.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.site.EvidenceMap;
import dk.indsatskatalog.site.MapFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The evidence and gap map's cells in the open data: the evidence_map table and data/evidenskort.json. */
class EvidenceMapDataTest {
    @TempDir static Path temp;

    private static SortedMap<String, byte[]> files(Catalogue catalogue) {
        return OpenDataExport.files(catalogue, RealData.site(catalogue), RealData.RELEASE);
    }

    @Test void theTableHasOneRowPerCellOfBothViewsWithItsGap() {
        Catalogue catalogue = MapFixture.catalogue(temp.resolve("table"));
        List<List<String>> rows = Rfc4180.parse(new String(files(catalogue).get("data/csv/evidence_map.csv"), StandardCharsets.UTF_8), ',');
        assertEquals(List.of("view", "target_group_code", "target_group_label", "column_code", "column_label", "interventions",
            "highest_level", "highest_level_label", "gap", "intervention_ids"), rows.get(0));
        assertEquals(1 + 16 * 4 + 16 * 17, rows.size());
        assertTrue(rows.contains(List.of("themes", "boern", "Børn", "uddannelse-og-livschancer", "Uddannelse og livschancer", "2", "3",
            "Lovende", "", "alfa|beta")), "a cell with two entries, the higher at level 3");
        assertTrue(rows.contains(List.of("themes", "kvinder", "Kvinder", "sammenhaengskraft-og-medborgerskab", "Sammenhængskraft og medborgerskab",
            "1", "1", "Beskrevet", "described", "gamma")), "a cell with only described practice");
        assertTrue(rows.contains(List.of("outcome_domains", "kvinder", "Kvinder", "skole-og-laering", "Skole og læring", "0", "", "", "empty", "")),
            "an empty cell");
    }

    @Test void theJsonHasTheSameCellsAsTheTable() throws Exception {
        Catalogue catalogue = MapFixture.catalogue(temp.resolve("json"));
        SortedMap<String, byte[]> files = files(catalogue);
        JsonNode json = new ObjectMapper().readTree(files.get(EvidenceMapData.JSON));
        assertEquals("https://example.org/katalog/evidenskort/", json.get("page").asText());
        List<String> fromJson = new ArrayList<>();
        for (JsonNode view : json.get("views")) {
            for (JsonNode c : view.get("cells")) {
                List<String> slugs = new ArrayList<>();
                c.get("interventions").forEach(s -> slugs.add(s.asText()));
                fromJson.add(String.join(",", view.get("id").asText(), c.get("targetGroup").asText(), c.get("column").asText(),
                    c.get("count").asText(), c.get("highestLevel").isNull() ? "" : c.get("highestLevel").asText(),
                    c.get("gap").isNull() ? "" : c.get("gap").asText(), String.join("|", slugs)));
            }
        }
        List<String> fromCsv = new ArrayList<>();
        for (List<String> row : Rfc4180.parse(new String(files.get("data/csv/evidence_map.csv"), StandardCharsets.UTF_8), ',').subList(1, 1 + 16 * 21)) {
            fromCsv.add(String.join(",", row.get(0), row.get(1), row.get(3), row.get(5), row.get(6), row.get(8), row.get(9)));
        }
        assertEquals(fromCsv, fromJson);
        assertEquals(List.of("themes", "outcome_domains"), List.of(json.get("views").get(0).get("id").asText(), json.get("views").get(1).get("id").asText()));
    }

    @Test void theMapPageAndTheDataCountTheSameGaps() {
        Catalogue catalogue = RealData.catalogue();
        long gapsInData = Rfc4180.parse(RealData.text("data/csv/evidence_map.csv"), ',').stream().skip(1).filter(r -> !r.get(8).isEmpty()).count();
        long gapsOnPage = EvidenceMap.of(catalogue).stream().flatMap(m -> m.rows().stream()).flatMap(r -> r.cells().stream())
            .filter(EvidenceMap.Cell::gap).count();
        assertEquals(gapsOnPage, gapsInData);
        assertTrue(gapsInData > 0, "the real catalogue has gaps");
    }

    @Test void theTableAndTheJsonAreInTheChecksumsAndTheDataPackage() {
        String sums = RealData.text("data/SHA256SUMS");
        assertTrue(sums.contains("  csv/evidence_map.csv\n") && sums.contains("  excel/evidence_map.csv\n") && sums.contains("  evidenskort.json\n"), sums);
        assertTrue(RealData.text("data/datapackage.json").contains("\"path\": \"csv/evidence_map.csv\""), "the data package describes the table");
    }
}
