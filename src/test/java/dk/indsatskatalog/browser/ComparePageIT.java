package dk.indsatskatalog.browser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static dk.indsatskatalog.browser.FindListIT.tabTo;
import static dk.indsatskatalog.browser.FindListIT.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The compare page in Chromium: choosing from cards and search results, the shareable address,
 * the entry pages' link, the keyboard, a screen reader's view of the table, the limit of four, and
 * four interventions printed on one A4 landscape page.
 */
@ExtendWith(RealSiteExtension.class)
class ComparePageIT {
    private static final String PAGE = "sammenlign/index.html";
    private static final Pattern MEDIA_BOX = Pattern.compile("/MediaBox\\s*\\[\\s*0\\s+0\\s+([\\d.]+)\\s+([\\d.]+)\\s*\\]");

    /** No comparison left from an earlier test: its tray would sit over what a test clicks. */
    @BeforeEach void noComparisonChosen(RealSite site, Browser browser) {
        browser.open(site.url("index.html"));
        browser.script("localStorage.clear();");
    }

    @Test void threeCardsChosenOnAListOpenSideBySideAtAShareableAddress(RealSite site, Browser browser) {
        browser.open(site.url("indsatser/index.html"));
        browser.script("localStorage.clear();");
        browser.open(site.url("indsatser/index.html"));
        for (String slug : List.of("aftensport", "ungdomscafe", "fritidsjob")) {
            WebElement toggle = browser.driver().findElement(By.cssSelector(".ik-compare-toggle[data-compare-slug='" + slug + "']"));
            waitFor(browser, () -> String.valueOf(toggle.isDisplayed()), "true");
            click(browser, toggle);
            assertEquals("true", toggle.getAttribute("aria-pressed"));
        }
        WebElement go = browser.driver().findElement(By.cssSelector(".ik-compare-tray__go"));
        assertEquals("Sammenlign 3 indsatser", go.getText());
        assertEquals("»Fritidsjobformidling« er tilføjet til sammenligningen. 3 indsatser valgt.",
            browser.driver().findElement(By.cssSelector(".ik-compare-tray__live")).getAttribute("textContent"));
        go.click();
        waitFor(browser, () -> browser.driver().getCurrentUrl().endsWith(PAGE + "?indsatser=aftensport,ungdomscafe,fritidsjob") ? "ok" : browser.driver().getCurrentUrl(), "ok");
        waitFor(browser, () -> columns(browser).toString(), List.of("Sport og aktiviteter om aftenen", "Ungdomscaféer og væresteder", "Fritidsjobformidling").toString());
        assertEquals(List.of("Evidensniveau", "Hvad satte niveauet", "Målgrupper", "Alder", "Temaer", "Hvem står for det", "Bemanding", "Varighed",
            "Pris", "Forankring", "Samarbejdspartnere", "Hvor den bruges", "Det vides ikke"), rowLabels(browser));
        assertEquals(List.of(), browser.takeConsole());
        assertEquals(List.of(), AccessibilityIT.violations(browser));
    }

    @Test void aSearchResultIsAddedWithItsOwnButtonWhichLoadsTheComparisonOnFirstUse(RealSite site, Browser browser) {
        browser.open(site.url("index.html"));
        browser.script("localStorage.clear();");
        browser.open(site.url("soeg/index.html?q=natteravne"));
        By toggle = By.cssSelector(".ik-search__result .ik-compare-toggle[data-compare-slug='natteravne']");
        waitFor(browser, () -> browser.driver().findElements(toggle).isEmpty() ? "no result yet" : "shown", "shown"); // drawn after the index is fetched
        WebElement button = browser.driver().findElement(toggle);
        assertEquals("Sammenlign Natteravne", button.getAttribute("textContent"));
        click(browser, button);
        waitFor(browser, () -> button.getAttribute("aria-pressed"), "true");
        assertEquals("Åbn sammenligning", browser.driver().findElement(By.cssSelector(".ik-compare-tray__go")).getText(), "one chosen: the tray offers the page");
        assertEquals(List.of(), browser.takeConsole());
    }

    @Test void theTableReadsWithItsHeadersAndTheDifferencesAreSaid(RealSite site, Browser browser) {
        browser.open(site.url(PAGE + "?indsatser=aftensport,ungdomscafe"));
        waitFor(browser, () -> String.valueOf(columns(browser).size()), "2");
        assertEquals("", browser.script(FindTables.UNHEADED, ".ik-compare__table"), "every cell has its column and row header");
        assertEquals("Sammenligning af 2 indsatser", browser.driver().findElement(By.cssSelector(".ik-compare__table caption")).getText());
        // Both are for young people; only one is also for children: that one is emphasised.
        List<String> notShared = browser.driver().findElements(By.cssSelector(".ik-compare__not-shared")).stream().map(WebElement::getText).toList();
        assertTrue(notShared.contains("Børn"), notShared.toString());
        assertTrue(!notShared.contains("Unge"), notShared.toString());
        WebElement costRow = browser.driver().findElements(By.cssSelector(".ik-compare__table tbody tr")).get(8);
        assertEquals("Pris Ens for alle", costRow.findElement(By.tagName("th")).getText().replaceAll("\\s+", " "), "both costs are unknown");
        browser.driver().findElement(By.cssSelector("label[for='ik-compare-differences']")).click();
        assertTrue(!costRow.isDisplayed(), "Vis kun forskelle hides the rows that are alike");
    }

    @Test void addingAndRemovingWorksByKeyboardAlone(RealSite site, Browser browser) {
        browser.open(site.url(PAGE + "?indsatser=aftensport"));
        waitFor(browser, () -> String.valueOf(columns(browser).size()), "1");
        assertTrue(browser.driver().findElement(By.cssSelector("[data-compare-notes]")).getText()
            .startsWith("Vælg mindst én indsats mere: brug »Sammenlign« på indsatsernes kort"), "one entry: how to add more");
        WebElement select = browser.driver().findElement(By.id("ik-compare-add"));
        tabTo(browser, select);
        new Select(select).selectByValue("lommepengeprojekt");
        tabTo(browser, browser.driver().findElement(By.cssSelector("[data-compare-picker] button")));
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        waitFor(browser, () -> columns(browser).toString(), List.of("Sport og aktiviteter om aftenen", "Lommepengeprojekter").toString());
        assertTrue(browser.driver().getCurrentUrl().endsWith("?indsatser=aftensport,lommepengeprojekt"), browser.driver().getCurrentUrl());
        WebElement remove = browser.driver().findElement(By.cssSelector(".ik-compare__remove[data-slug='aftensport']"));
        tabTo(browser, remove);
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        waitFor(browser, () -> columns(browser).toString(), List.of("Lommepengeprojekter").toString());
        assertEquals("Fjern Lommepengeprojekter", browser.script("return document.activeElement.textContent;"), "focus stays in the table");
        browser.driver().navigate().back();
        waitFor(browser, () -> String.valueOf(columns(browser).size()), "2");
    }

    @Test void aFifthIsRefusedWithAReason(RealSite site, Browser browser) {
        browser.open(site.url(PAGE + "?indsatser=aftensport,ungdomscafe,fritidsjob,lommepengeprojekt"));
        waitFor(browser, () -> String.valueOf(columns(browser).size()), "4");
        browser.open(site.url("indsatser/index.html"));
        WebElement fifth = browser.driver().findElement(By.cssSelector(".ik-compare-toggle[data-compare-slug='natteravne']"));
        waitFor(browser, () -> String.valueOf(fifth.isDisplayed()), "true");
        click(browser, fifth);
        assertEquals("false", fifth.getAttribute("aria-pressed"));
        assertEquals("Du kan sammenligne højst 4 indsatser. Fjern en, før du tilføjer »Natteravne«.",
            browser.driver().findElement(By.cssSelector(".ik-compare-tray__live")).getAttribute("textContent"));
    }

    @Test void anEntryPagesLinkBecomesAToggleAndWithoutItOpensTheComparePageWithThatEntry(RealSite site, Browser browser) {
        // The entry page's markup (placed there by its template): a link that works without this script.
        String link = "<a class=\"ik-compare-link\" href=\"../../sammenlign/index.html?indsatser=natteravne\" data-compare-slug=\"natteravne\">Sammenlign</a>";
        browser.open(site.url("indsatser/natteravne/index.html"));
        browser.script("localStorage.clear(); document.querySelector('main h1').insertAdjacentHTML('afterend', arguments[0]);", link);
        browser.driver().findElement(By.cssSelector("a.ik-compare-link")).click();
        waitFor(browser, () -> columns(browser).toString(), List.of("Natteravne").toString());

        browser.open(site.url("indsatser/natteravne/index.html"));
        browser.script("document.querySelector('main h1').insertAdjacentHTML('afterend', arguments[0]);", link);
        browser.<Object>asyncScript("import(arguments[0]).then(() => arguments[1]());", site.url("js/find/compare-links.js"));
        WebElement toggle = browser.driver().findElement(By.cssSelector("button.ik-compare-link"));
        assertEquals("Sammenlign Natteravne", toggle.getAttribute("textContent"));
        assertEquals("true", toggle.getAttribute("aria-pressed"), "chosen on the compare page a moment ago");
        toggle.click();
        assertEquals("false", toggle.getAttribute("aria-pressed"));
        assertEquals(List.of(), browser.takeConsole());
    }

    @Test void withoutJavaScriptThePageSaysComparingNeedsIt(RealSite site, Browser browser) {
        browser.javaScript(false);
        browser.open(site.url(PAGE + "?indsatser=aftensport,ungdomscafe"));
        assertTrue(browser.driver().findElement(By.cssSelector("[data-compare-fallback]")).getText()
            .startsWith("Sammenligningen bruger JavaScript, som ikke kører i din browser."));
    }

    @Test void fourInterventionsPrintOnOneA4LandscapePage(RealSite site, Browser browser) throws IOException {
        List<String> longest = longestCompareData(site, 4);
        browser.open(site.url(PAGE + "?indsatser=" + String.join(",", longest)));
        waitFor(browser, () -> String.valueOf(columns(browser).size()), "4");
        byte[] pdf = PrintIT.printToPdf(browser);
        assertEquals(1, PrintIT.pageCount(pdf), "the four longest entries " + longest);
        Matcher box = MEDIA_BOX.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        assertTrue(box.find(), "a page size");
        assertEquals("842 x 595", Math.round(Double.parseDouble(box.group(1))) + " x " + Math.round(Double.parseDouble(box.group(2))), "A4 landscape in points");
    }

    @Test void theCheckCountsASecondPrintedPage(Browser browser) {
        // The page count above must be able to fail: a table taller than a page prints on two.
        browser.open("data:text/html;charset=utf-8,<!DOCTYPE html><title>x</title><style>@page{size:A4 landscape}</style>"
            + "<div style=\"height:260mm\">1</div><p>2</p>");
        assertEquals(2, PrintIT.pageCount(PrintIT.printToPdf(browser)));
    }

    /** The slugs of the n largest compare files: the entries with the most to print. */
    private static List<String> longestCompareData(RealSite site, int n) throws IOException {
        try (Stream<Path> files = Files.list(site.dir().resolve("sammenlign/indsatser"))) {
            return files.sorted(Comparator.comparingLong((Path f) -> f.toFile().length()).reversed()).limit(n)
                .map(f -> f.getFileName().toString().replace(".json", "")).toList();
        }
    }

    /** Clicks an element in the middle of the screen, clear of the tray at its bottom. */
    private static void click(Browser browser, WebElement element) {
        browser.script("arguments[0].scrollIntoView({ block: 'center' });", element);
        element.click();
    }

    private static List<String> columns(Browser browser) {
        return browser.script("return [...document.querySelectorAll('.ik-compare__entry a')].map(a => a.textContent);");
    }

    private static List<String> rowLabels(Browser browser) {
        return browser.script("return [...document.querySelectorAll('.ik-compare__table tbody th')].map(th => th.firstChild.textContent);");
    }

}
