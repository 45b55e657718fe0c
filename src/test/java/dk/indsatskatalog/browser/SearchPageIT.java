package dk.indsatskatalog.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search page in Chromium on the real site: typing, highlights, facets, URL state, Back,
 * keyboard, no-JS; partial matches with the missing words struck through and said, "Mente du",
 * evidence words understood, compounds split, the lists offered when nothing matches every word.
 */
@ExtendWith(RealSiteExtension.class)
class SearchPageIT {
    private static final String PAGE = "soeg/index.html";

    @Test void typingShowsRankedResultsWithHighlightedMatches(RealSite site, Browser browser) {
        browser.open(site.url(PAGE));
        input(browser).sendKeys("lektie café");
        waitFor(browser, () -> titles(browser).stream().findFirst().orElse(""), "Lektiecafé");
        assertEquals("Lektiecafé", browser.driver().findElement(By.cssSelector(".ik-search__result mark")).getText());
        waitFor(browser, () -> status(browser).replaceAll("\\d+", "N"), "N indsatser fundet for »lektie café«, og N, der passer delvist.");
        assertEquals(List.of(), browser.takeConsole());
    }

    @Test void whenNothingMatchesEveryWordThePartialMatchesSayWhatTheyLackAndTheListsAreOffered(RealSite site, Browser browser) {
        browser.open(site.url(PAGE + "?q=lektiecaf%C3%A9+natteravne"));
        waitFor(browser, () -> status(browser), "Ingen indsatser indeholder alle ordene for »lektiecafé natteravne«. 2 indsatser passer delvist.");
        assertEquals(List.of("Natteravne", "Lektiecafé"), titles(browser));
        List<WebElement> missing = browser.driver().findElements(By.cssSelector(".ik-search__missing"));
        assertEquals(List.of("Mangler: lektiecafé", "Mangler: natteravne"), missing.stream().map(WebElement::getText).toList());
        assertEquals("line-through", missing.get(0).findElement(By.tagName("s")).getCssValue("text-decoration-line"));
        WebElement browse = browser.driver().findElement(By.cssSelector("[data-search-browse]"));
        assertTrue(browse.isDisplayed());
        assertEquals(List.of("Indsatser efter målgruppe", "Indsatser efter tema"), browse.findElements(By.tagName("a")).stream().map(WebElement::getText).toList());
        assertEquals(List.of(), AccessibilityIT.violations(browser));
    }

    @Test void anUnknownWordIsSearchedAsTheNearestWordAndMenteDuSearchesIt(RealSite site, Browser browser) {
        browser.open(site.url(PAGE + "?q=natravne"));
        waitFor(browser, () -> titles(browser).stream().findFirst().orElse(""), "Natteravne");
        assertEquals(List.of("»natravne« står ikke i kataloget; søgt på det nærmeste ord, »natteravne«.", "Mente du »natteravne«?"), notes(browser));
        assertTrue(!browser.driver().findElement(By.cssSelector("[data-search-browse]")).isDisplayed(), "every word matched");
        browser.driver().findElement(By.cssSelector(".ik-search__suggestion a")).click();
        waitFor(browser, () -> browser.driver().getCurrentUrl().endsWith("?q=natteravne") ? "searched" : browser.driver().getCurrentUrl(), "searched");
        assertEquals("natteravne", input(browser).getAttribute("value"));
        waitFor(browser, () -> String.join("|", notes(browser)), "");
    }

    @Test void evidenceWordsAreReadAsConditionsAndSaidInWordsWithWhatADesignDoesNotPromise(RealSite site, Browser browser) {
        browser.open(site.url(PAGE + "?q=randomiseret+fors%C3%B8g"));
        waitFor(browser, () -> status(browser).replaceAll("\\d+", "N"), "N indsatser fundet for »randomiseret forsøg«.");
        assertEquals(List.of("Viser indsatser, hvis kilder omfatter mindst ét studie af typen »Randomiseret kontrolleret forsøg« (ud fra »randomiseret forsøg«).",
            "Studiet kan handle om en beslægtet indsats eller have et design, der ikke er efterprøvet. Evidensniveauet på hver indsats viser,"
                + " hvor meget det tæller (se evidensskalaen). Et studie af en bredere samling af indsatser, som indsatsen er en del af, tæller ikke her."),
            notes(browser));
        assertEquals(List.of(site.url("evidensskala/index.html")), noteLinks(browser));
        assertTrue(titles(browser).contains("Sprogstimulering og brobygning til dagtilbud"), titles(browser).toString());
    }

    @Test void aLevelNoEntryHasYetShowsTheHighestLevelThereIsAndSaysSo(RealSite site, Browser browser) {
        browser.open(site.url(PAGE + "?q=dokumenteret+effekt"));
        waitFor(browser, () -> status(browser).replaceAll("\\d+", "N"), "N indsatser fundet for »dokumenteret effekt«.");
        assertEquals(List.of("Ingen indsats har endnu niveau 4 eller 5 (ud fra »dokumenteret effekt«)."
            + " Viser de indsatser med det højeste niveau, kataloget har: 3 – Lovende."), notes(browser));
        assertEquals(List.of(site.url("evidensskala/index.html#niveau-3")), noteLinks(browser));
        List<String> levels = browser.driver().findElements(By.cssSelector(".ik-search__result .ik-evidence-badge__number")).stream().map(WebElement::getText).toList();
        assertEquals(total(browser), levels.size());
        assertEquals(List.of("3"), levels.stream().distinct().toList());
        assertEquals(List.of(), AccessibilityIT.violations(browser));
        assertEquals(List.of(), browser.takeConsole());
    }

    @Test void aCompoundTheCatalogueNeverUsesIsSearchedAsItsParts(RealSite site, Browser browser) {
        browser.open(site.url(PAGE));
        input(browser).sendKeys("sprogstimuleringstilbud ");
        waitFor(browser, () -> titles(browser).stream().findFirst().orElse(""), "Sprogstimulering og brobygning til dagtilbud");
        assertEquals(List.of("»sprogstimuleringstilbud« er søgt som »sprogstimulering« + »tilbud«."), notes(browser));
        assertEquals(List.of(), browser.takeConsole());
    }

    @Test void aFacetNarrowsTheResultsAndKeepsLiveCounts(RealSite site, Browser browser) {
        browser.open(site.url(PAGE + "?q=unge"));
        waitFor(browser, () -> status(browser).replaceAll("^\\d+ ", "N "), "N indsatser fundet for »unge«.");
        int before = total(browser);
        WebElement level3 = browser.driver().findElement(By.id("ik-facet-niveau-3"));
        String label = browser.driver().findElement(By.cssSelector("label[for='ik-facet-niveau-3'] .ik-search__count")).getText();
        level3.click();
        waitFor(browser, () -> browser.driver().getCurrentUrl().endsWith("?q=unge&niveau=3") ? "url" : browser.driver().getCurrentUrl(), "url");
        waitFor(browser, () -> String.valueOf(total(browser)), label.replaceAll("[()]", ""));
        assertTrue(total(browser) < before, "level 3 of " + before + " results is fewer");
        assertTrue(level3.isSelected());
    }

    @Test void theUrlIsShareableAndBackRestoresTheSearch(RealSite site, Browser browser) {
        browser.open(site.url(PAGE + "?q=natteravne"));
        waitFor(browser, () -> titles(browser).stream().findFirst().orElse(""), "Natteravne");
        assertEquals("natteravne", input(browser).getAttribute("value"));
        browser.driver().findElement(By.id("ik-facet-maalgruppe-unge")).click();
        waitFor(browser, () -> browser.driver().getCurrentUrl().endsWith("?q=natteravne&maalgruppe=unge") ? "pushed" : "", "pushed");
        browser.driver().navigate().back();
        waitFor(browser, () -> browser.driver().getCurrentUrl().endsWith("?q=natteravne") ? "back" : "", "back");
        waitFor(browser, () -> String.valueOf(browser.driver().findElement(By.id("ik-facet-maalgruppe-unge")).isSelected()), "false");
    }

    @Test void theKeyboardReachesTheResultsAndOpensOne(RealSite site, Browser browser) {
        browser.open(site.url(PAGE));
        input(browser).sendKeys("bydelsmødre");
        waitFor(browser, () -> titles(browser).stream().findFirst().orElse(""), "Bydelsmødre");
        input(browser).sendKeys(Keys.ARROW_DOWN);
        assertEquals("Bydelsmødre", browser.driver().switchTo().activeElement().getText());
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        waitFor(browser, () -> browser.driver().getCurrentUrl().endsWith("indsatser/bydelsmoedre/index.html") ? "entry" : "", "entry");
    }

    @Test void theHeaderFormOnEveryPageLeadsToTheSearchPage(RealSite site, Browser browser) {
        browser.open(site.url("index.html"));
        WebElement header = browser.driver().findElement(By.id("ik-header-search-q"));
        header.sendKeys("fritidsjob", Keys.ENTER);
        waitFor(browser, () -> titles(browser).stream().findFirst().orElse(""), "Fritidsjobformidling");
        assertTrue(browser.driver().getCurrentUrl().endsWith(PAGE + "?q=fritidsjob"), browser.driver().getCurrentUrl());
    }

    @Test void withoutJavaScriptThePageLinksToTheListings(RealSite site, Browser browser) {
        browser.javaScript(false);
        browser.open(site.url(PAGE + "?q=lektiecafe"));
        WebElement fallback = browser.driver().findElement(By.cssSelector("[data-search-fallback]"));
        assertTrue(fallback.isDisplayed());
        assertEquals(List.of("Alle indsatser", "Indsatser efter tema", "Indsatser efter målgruppe", "Indsatser efter evidensniveau"),
            fallback.findElements(By.tagName("a")).stream().map(WebElement::getText).toList());
    }

    @Test void resultsAndFacetsHaveNoWcag21AOrAaViolation(RealSite site, Browser browser) {
        browser.open(site.url(PAGE + "?q=unge&niveau=3"));
        waitFor(browser, () -> titles(browser).isEmpty() ? "" : "shown", "shown");
        assertEquals(List.of(), AccessibilityIT.violations(browser));
    }

    private static WebElement input(Browser browser) { return browser.driver().findElement(By.id("ik-search-q")); }

    private static List<String> notes(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".ik-search__note")).stream().map(WebElement::getText).toList();
    }

    private static List<String> noteLinks(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".ik-search__note a")).stream().map(a -> a.getAttribute("href")).toList();
    }

    private static String status(Browser browser) { return browser.driver().findElement(By.cssSelector("[data-search-status]")).getText(); }

    private static List<String> titles(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".ik-search__title")).stream().map(WebElement::getText).toList();
    }

    private static int total(Browser browser) {
        String text = status(browser);
        return text.isEmpty() ? -1 : Integer.parseInt(text.replaceAll("^(\\d+) .*$", "$1").replaceAll("\\D.*", ""));
    }

    private static void waitFor(Browser browser, Supplier<String> actual, String expected) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> expected.equals(actual.get()));
        } catch (org.openqa.selenium.TimeoutException e) {
            assertEquals(expected, actual.get(), "after waiting 10 s");
        }
    }
}
