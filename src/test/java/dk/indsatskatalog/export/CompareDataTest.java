package dk.indsatskatalog.export;

import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.model.Slug;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the compare page gets of an entry: sammenlign/indsatser/<slug>.json. */
class CompareDataTest {
    private static Intervention entry(String slug) { return RealData.catalogue().find(new Slug(slug)).orElseThrow(); }

    @Test void anEntrySaysItsLevelAndTheFindingThatSetItWithItsDesign() {
        CompareData.Entry e = CompareData.of(entry("aftensport"));
        assertEquals("aftensport Sport og aktiviteter om aftenen indsatser/aftensport/index.html 2 Dokumenteret praksis false",
            String.join(" ", e.slug(), e.name(), e.url(), String.valueOf(e.level().number()), e.level().label(), String.valueOf(e.noEffect())));
        assertEquals(1, e.setBy().size());
        CompareData.SettingFinding f = e.setBy().get(0);
        assertEquals("1 Rækkevidde og aktivitet Gennemførelse og deltagelse i indsatsen Monitorering og optælling",
            f.number() + " " + f.kind() + " " + f.domain() + " " + f.design());
        assertEquals("12–25 år", e.ages());
    }

    @Test void placesAreMunicipalitiesOnceAndAnchoringRoutesOnce() {
        CompareData.Entry e = CompareData.of(entry("aftensport"));
        assertEquals(List.of("Hillerød", "Køge", "Høje-Taastrup", "Esbjerg", "Kolding", "Odense", "Slagelse", "Aarhus", "Brøndby"), e.places());
        CompareData.Entry cafe = CompareData.of(entry("ungdomscafe"));
        assertEquals(cafe.anchoring().stream().distinct().toList(), cafe.anchoring());
        assertEquals(List.of("ngo-partnerskab", "beboeransaettelse"), e.anchoring().stream().map(CompareData.Label::code).toList());
        assertEquals("ukendt Ukendt", e.costBand().code() + " " + e.costBand().label());
    }

    @Test void theFileIsCompactJsonWithUnknownFieldsAsNull() {
        String json = new String(CompareData.bytes(CompareData.of(entry("aftensport"))), StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\"slug\":\"aftensport\",\"name\":\"Sport og aktiviteter om aftenen\",\"url\":\"indsatser/aftensport/index.html\","
            + "\"level\":{\"number\":2,\"label\":\"Dokumenteret praksis\"},\"noEffect\":false,\"setBy\":[{\"number\":1,"), json);
        assertTrue(json.contains("\"cost\":null"), json);
        assertTrue(!json.contains("\n"), "one line");
    }
}
