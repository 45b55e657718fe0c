package dk.indsatskatalog.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every CSV row is checked against the published JSON, read as a plain tree (not through the export's records). */
class CsvExportTest {
    private static final List<String> TABLES = List.of("anchoring", "evidence_map", "intervention_sources", "intervention_target_groups",
        "intervention_themes", "interventions", "outcome_sources", "outcomes", "partners", "places", "sources");
    private static JsonNode entries;
    private static JsonNode sources;

    @BeforeAll static void readJson() throws IOException {
        JsonNode catalogue = new ObjectMapper().readTree(RealData.bytes(DataPaths.CATALOGUE_JSON));
        entries = catalogue.get("interventions");
        sources = catalogue.get("sources");
    }

    @Test void theBuildPublishesElevenTablesEachAsCsvAndAsExcelCopy() {
        List<String> csv = RealData.files().keySet().stream().filter(p -> p.startsWith("data/csv/")).toList();
        List<String> excel = RealData.files().keySet().stream().filter(p -> p.startsWith("data/excel/")).toList();
        assertEquals(TABLES.stream().map(t -> "data/csv/" + t + ".csv").toList(), csv);
        assertEquals(TABLES.stream().map(t -> "data/excel/" + t + ".csv").toList(), excel);
    }

    @Test void everyInterventionRowMatchesTheJson() {
        assertTable("interventions", (e, rows) -> {
            JsonNode age = e.get("ageRange"), cost = e.get("resources").get("cost"), level = e.get("evidence").get("level");
            List<String> gaps = new ArrayList<>();
            e.get("knowledgeGaps").forEach(g -> gaps.add(g.asText()));
            rows.add(List.of(t(e, "id"), t(e.get("name"), "da"), t(e.get("name"), "en"), t(e.get("summary"), "da"),
                t(e.get("summary"), "en"), t(e, "url"), e.get("themes").get(0).get("code").asText(), codes(e.get("themes")),
                codes(e.get("targetGroups")), t(age, "min"), t(age, "max"), t(age, "note"), t(level, "number"), t(level, "label"),
                t(e.get("evidence"), "noEffectFlag"), t(e.get("resources").get("costBand"), "code"),
                t(e.get("resources").get("costBand"), "label"), t(cost, "text"), t(cost, "minDkk"), t(cost, "maxDkk"),
                t(e.get("resources"), "deliveredBy"), t(e.get("resources"), "staffing"), t(e.get("resources"), "duration"),
                list(e.get("related")), t(e, "lastReviewed"), t(e, "description"), String.join("\n", gaps), t(e, "source")));
        });
    }

    @Test void everyThemeAndTargetGroupRowMatchesTheJson() {
        assertTable("intervention_themes", (e, rows) -> numbered(e.get("themes"), (n, t) ->
            rows.add(List.of(t(e, "id"), n, t(t, "code"), t(t, "label"), t(t, "uri")))));
        assertTable("intervention_target_groups", (e, rows) -> numbered(e.get("targetGroups"), (n, t) ->
            rows.add(List.of(t(e, "id"), n, t(t, "code"), t(t, "label"), t(t, "uri")))));
    }

    @Test void everySourceRowMatchesTheRegisterInTheJson() {
        List<List<String>> expected = new ArrayList<>();
        for (JsonNode x : sources) {
            expected.add(List.of(t(x, "id"), t(x.get("kind"), "code"), t(x, "title"), t(x, "description"), t(x, "authors"),
                t(x, "publisher"), t(x, "year"), t(x, "url"), t(x.get("design"), "code"), t(x.get("design"), "label"), t(x, "rubricClass"),
                t(x, "designVerified"), t(x, "designBasis"), t(x, "country"), t(x.get("setting"), "code"), t(x, "population"),
                t(x, "sample"), t(x, "programme"), t(x, "reportsOn"), t(x, "note")));
        }
        List<List<String>> actual = csv("sources");
        assertTrue(expected.size() > 100, "the register has hundreds of sources");
        assertEquals(expected, actual.subList(1, actual.size()));
    }

    @Test void everyOutcomeRowMatchesTheJson() {
        assertTable("outcomes", (e, rows) -> e.get("evidence").get("outcomes").forEach(o -> rows.add(List.of(t(e, "id"), t(o, "no"),
            t(o.get("domain"), "code"), t(o.get("domain"), "label"), t(o.get("kind"), "code"), t(o.get("about"), "code"),
            t(o.get("scope"), "code"), t(o.get("direction"), "code"), t(o.get("direction"), "label"), t(o, "finding"),
            list(o.get("sources")), t(o.get("level"), "number"), t(o.get("level"), "label"), t(o, "rubricClass"), list(o.get("levelSetBy")),
            t(o, "countsForHeadline"), t(o, "evidenceFromElsewhere"), t(o, "noEffectFlag")))));
    }

    @Test void everyCitationRowMatchesTheJson() {
        assertTable("intervention_sources", (e, rows) -> numbered(e.get("evidence").get("sources"), (n, id) ->
            rows.add(List.of(t(e, "id"), n, id.asText()))));
        assertTable("outcome_sources", (e, rows) -> e.get("evidence").get("outcomes").forEach(o -> numbered(o.get("sources"), (n, id) -> {
            boolean setsLevel = false;
            for (JsonNode s : o.get("levelSetBy")) setsLevel |= s.asText().equals(id.asText());
            rows.add(List.of(t(e, "id"), t(o, "no"), n, id.asText(), String.valueOf(setsLevel)));
        })));
    }

    @Test void everyPlaceAnchoringAndPartnerRowMatchesTheJson() {
        assertTable("places", (e, rows) -> numbered(e.get("places"), (n, p) ->
            rows.add(List.of(t(e, "id"), n, t(p, "municipality"), t(p, "area"), list(p.get("sources"))))));
        assertTable("anchoring", (e, rows) -> numbered(e.get("anchoring"), (n, a) -> rows.add(List.of(t(e, "id"), n,
            t(a.get("strategy"), "code"), t(a.get("strategy"), "label"), t(a, "how"), list(a.get("sources"))))));
        assertTable("partners", (e, rows) -> numbered(e.get("partners"), (n, p) ->
            rows.add(List.of(t(e, "id"), n, t(p, "name"), t(p, "role")))));
    }

    @Test void theExcelCopiesHoldTheSameRowsWithBomAndSemicolons() {
        for (String table : TABLES) {
            byte[] excel = RealData.bytes("data/excel/" + table + ".csv");
            assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(excel[0], excel[1], excel[2]), table);
            List<List<String>> rows = Rfc4180.parse(new String(excel, 3, excel.length - 3, StandardCharsets.UTF_8), ';');
            List<List<String>> expected = csv(table).stream()
                .map(r -> r.stream().map(c -> CsvFormat.startsLikeFormula(c) ? "'" + c : c).toList()).toList();
            assertEquals(expected, rows, table);
        }
        byte[] plain = RealData.bytes("data/csv/interventions.csv");
        assertFalse(plain[0] == (byte) 0xEF, "the RFC 4180 copy has no BOM");
    }

    @Test void cellsThatExcelWouldRunAsFormulasAreDefusedOnlyInTheExcelCopy() {
        CsvTable table = new CsvTable("t", "T", "", List.of(new CsvTable.Column("a", "string", "", true),
            new CsvTable.Column("b", "string", "", true)), List.of(), List.of(),
            List.of(List.of("=HYPERLINK(\"x\")", "-12"), List.of("-ikke et tal", "a;b,c"))::forEach);
        assertEquals("a,b\r\n\"=HYPERLINK(\"\"x\"\")\",-12\r\n-ikke et tal,\"a;b,c\"\r\n",
            new String(CsvFormat.RFC_4180.write(table), StandardCharsets.UTF_8));
        assertEquals("\uFEFFa;b\r\n\"'=HYPERLINK(\"\"x\"\")\";-12\r\n'-ikke et tal;\"a;b,c\"\r\n",
            new String(CsvFormat.EXCEL_DA.write(table), StandardCharsets.UTF_8));
    }

    @Test void aRowWithTheWrongNumberOfCellsIsABug() {
        CsvTable table = new CsvTable("t", "T", "", List.of(new CsvTable.Column("a", "string", "", true)), List.of(), List.of(),
            List.of(List.of("1", "2"))::forEach);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
            () -> CsvFormat.RFC_4180.write(table));
        assertEquals("t: row has 2 cells, the table 1 columns", e.getMessage());
    }

    private static void assertTable(String table, BiConsumer<JsonNode, List<List<String>>> rowsOf) {
        List<List<String>> expected = new ArrayList<>();
        for (JsonNode e : entries) rowsOf.accept(e, expected);
        List<List<String>> actual = csv(table);
        assertTrue(actual.size() > 1, table + " has rows");
        assertEquals(expected.size(), actual.size() - 1, table + ": one row per item in the JSON");
        for (int i = 0; i < expected.size(); i++) assertEquals(expected.get(i), actual.get(i + 1), table + " row " + (i + 1));
    }

    private static List<List<String>> csv(String table) {
        return Rfc4180.parse(new String(RealData.bytes("data/csv/" + table + ".csv"), StandardCharsets.UTF_8), ',');
    }

    private static void numbered(JsonNode array, BiConsumer<String, JsonNode> each) {
        for (int i = 0; i < array.size(); i++) each.accept(String.valueOf(i + 1), array.get(i));
    }

    private static String t(JsonNode node, String field) {
        if (node == null || node.isNull() || !node.has(field) || node.get(field).isNull()) return "";
        return node.get(field).asText();
    }

    private static String codes(JsonNode terms) {
        List<String> codes = new ArrayList<>();
        terms.forEach(t -> codes.add(t.get("code").asText()));
        return String.join("|", codes);
    }

    private static String list(JsonNode array) {
        List<String> items = new ArrayList<>();
        array.forEach(x -> items.add(x.asText()));
        return String.join("|", items);
    }

}
