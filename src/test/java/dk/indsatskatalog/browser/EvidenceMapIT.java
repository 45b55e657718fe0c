package dk.indsatskatalog.browser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dk.indsatskatalog.browser.FindListIT.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The evidence and gap map in Chromium: what a screen reader's table navigation gets (Chromium's own
 * accessibility tree: a table named by its caption, column and row headers for every cell), links to
 * the filtered lists that count the same, gaps marked in words, and no JavaScript needed.
 */
@ExtendWith(RealSiteExtension.class)
class EvidenceMapIT {
    private static final String PAGE = "evidenskort/index.html";

    /** No comparison left from an earlier test: its tray would sit over what a test clicks. */
    @BeforeEach void noComparisonChosen(RealSite site, Browser browser) {
        browser.open(site.url("index.html"));
        browser.script("localStorage.clear();");
    }

    @Test void everyDataCellHasItsRowAndColumnHeader(RealSite site, Browser browser) {
        browser.open(site.url(PAGE));
        for (String table : List.of(".ik-map__view--temaer .ik-map__table", ".ik-map__view--effektomraader .ik-map__table")) {
            assertEquals("", browser.script(FindTables.UNHEADED, table), table);
        }
    }

    @Test void chromiumsAccessibilityTreeHasTwoTablesNamedByTheirCaptionsWithHeadersForRowsAndColumns(RealSite site, Browser browser) {
        browser.open(site.url(PAGE));
        browser.cdp("Accessibility.enable", Map.of());
        Map<String, Object> tree = browser.cdp("Accessibility.getFullAXTree", Map.of());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) tree.get("nodes");
        List<String> tables = new ArrayList<>();
        int columnHeaders = 0, rowHeaders = 0, cells = 0;
        for (Map<String, Object> node : nodes) {
            String role = value(node, "role");
            if (role.equals("table")) tables.add(value(node, "name"));
            if (role.equals("columnheader")) columnHeaders++;
            if (role.equals("rowheader")) rowHeaders++;
            if (role.equals("cell")) cells++;
        }
        browser.cdp("Accessibility.disable", Map.of());
        assertEquals(List.of("Antal indsatser og højeste evidensniveau pr. målgruppe og tema",
            "Antal indsatser og højeste evidensniveau pr. målgruppe og resultatområde"), tables);
        assertEquals((1 + 4) + (1 + 17), columnHeaders, "a corner and one per theme, a corner and one per outcome domain");
        assertEquals(16 + 16, rowHeaders, "one per target group in each table");
        assertEquals(16 * 4 + 16 * 17, cells);
    }

    @Test void aCellLinksToTheListItCountsAndGapsAreSaidInWords(RealSite site, Browser browser) {
        browser.open(site.url(PAGE));
        WebElement row = browser.driver().findElements(By.cssSelector(".ik-map__view--temaer tbody tr")).stream()
            .filter(tr -> tr.findElement(By.tagName("th")).getText().equals("Kvinder")).findFirst().orElseThrow();
        List<WebElement> cells = row.findElements(By.tagName("td"));
        assertEquals("Hul: ingen indsatser", cells.get(0).getText().replaceAll("\\s+", " "), "women × crime prevention");
        WebElement employment = cells.get(2).findElement(By.cssSelector("a.ik-map__count"));
        String count = employment.getText().replaceAll(" .*", "");
        employment.click();
        assertTrue(browser.driver().getCurrentUrl().endsWith("temaer/beskaeftigelse/index.html?maalgruppe=kvinder"), browser.driver().getCurrentUrl());
        waitFor(browser, () -> browser.driver().findElement(By.cssSelector("[data-find-status]")).getText(),
            "Viser " + count + " af 20 indsatser: for »Kvinder« og med temaet »Beskæftigelse«.");
    }

    @Test void theCompactViewSaysInWordsWhatItShowsAsNumbers(RealSite site, Browser browser) {
        browser.open(site.url(PAGE));
        WebElement cell = browser.driver().findElement(By.cssSelector(".ik-map__view--effektomraader tbody tr td"));
        String said = ((String) browser.script("return arguments[0].textContent;", cell)).replaceAll("\\s+", " ").trim();
        assertTrue(said.matches("(\\d+ indsats(er)? højeste niveau \\d \\S.*|Hul: ingen indsatser)"), said);
    }

    @Test void theMapNeedsNoJavaScriptAndHasNoAccessibilityViolation(RealSite site, Browser browser) {
        browser.javaScript(false);
        browser.open(site.url(PAGE));
        assertEquals(2, browser.driver().findElements(By.cssSelector("table.ik-map__table")).size());
        browser.javaScript(true);
        browser.open(site.url(PAGE));
        assertEquals(List.of(), AccessibilityIT.violations(browser));
        browser.viewport(320, 640, true);
        browser.open(site.url(PAGE));
        assertEquals(List.of(), AccessibilityIT.violations(browser));
    }

    @SuppressWarnings("unchecked")
    private static String value(Map<String, Object> node, String key) {
        Object field = node.get(key);
        if (!(field instanceof Map<?, ?> map)) return "";
        Object v = ((Map<String, Object>) map).get("value");
        return v == null ? "" : String.valueOf(v);
    }
}
