package dk.indsatskatalog.browser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.text.Collator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lists' shared filters in Chromium, on the real catalogue: the two journeys of issue 12 (a
 * practitioner on a phone, a municipal consultant at a desk), the page saying what the filters mean,
 * sorting, URL state and Back, the keyboard alone, phone first (results before filters, 44 px targets).
 */
@ExtendWith(RealSiteExtension.class)
class FindListIT {
    private static final String ALL = "indsatser/index.html";
    /** The visible cards' titles, in the order shown. */
    private static final String SHOWN = "return [...document.querySelectorAll('[data-find-results] > li')]"
        + ".filter(li => !li.hidden).map(li => li.querySelector('.ik-entry-card__title').textContent.trim());";

    /** No comparison left from an earlier test: its tray would sit over what a test clicks. */
    @BeforeEach void noComparisonChosen(RealSite site, Browser browser) {
        browser.open(site.url("index.html"));
        browser.script("localStorage.clear();");
    }

    @Test void aPractitionerOnAPhoneReachesTheFourEveningOffersForTeenagersInTwoActions(RealSite site, Browser browser) {
        browser.viewport(390, 844, true);
        browser.open(site.url("index.html"));
        WebElement teens = browser.driver().findElement(By.cssSelector("a.ik-quick__link[href$='alder=13-17']"));
        waitFor(browser, () -> teens.getText().replaceAll("\\s+", " "), "Unge 13–17 år (16)");
        teens.click(); // action 1
        waitFor(browser, () -> status(browser), "Viser 16 af 41 indsatser: for alderen 13–17 år.");
        List<String> shown = browser.script(SHOWN);
        for (String name : List.of("Sport og aktiviteter om aftenen", "Ungdomscaféer og væresteder", "Fritidsjobformidling", "Lommepengeprojekter")) {
            assertTrue(shown.contains(name), name + " in " + shown);
        }
        browser.driver().findElement(By.linkText("Ungdomscaféer og væresteder")).click(); // action 2
        waitFor(browser, () -> browser.driver().findElement(By.tagName("h1")).getText(), "Ungdomscaféer og væresteder");
    }

    @Test void aConsultantNarrowsToWomenEthnicMinoritiesEmploymentAndAtLeastLevelThreeAndThePageSaysWhatThatMeans(RealSite site, Browser browser) {
        browser.viewport(1366, 900, false);
        browser.open(site.url(ALL));
        waitFor(browser, () -> status(browser), "Viser alle 41 indsatser.");
        assertEquals("Vælger du flere, skal indsatsen være for dem alle på én gang – som når de beskriver én person. Listen bliver kortere.",
            browser.driver().findElement(By.id("ik-filters-hint-maalgruppe")).getText());
        assertEquals("Vælger du flere, vises indsatser med mindst ét af dem.", browser.driver().findElement(By.id("ik-filters-hint-tema")).getText());
        assertEquals("Valg i forskellige grupper gælder alle på én gang.", browser.driver().findElement(By.cssSelector(".ik-filters__across")).getText());

        check(browser, "ik-facet-maalgruppe-kvinder");
        waitFor(browser, () -> status(browser), "Viser 8 af 41 indsatser: for »Kvinder«.");
        String both = count(browser, "ik-facet-maalgruppe-etniske-minoriteter");
        check(browser, "ik-facet-maalgruppe-etniske-minoriteter");
        waitFor(browser, () -> status(browser).replaceAll("\\d+ af", "N af"), "Viser N af 41 indsatser: for både »Kvinder« og »Beboere med etnisk minoritetsbaggrund«.");
        assertEquals("(" + shown(browser).size() + ")", both, "the count beside a target group is what choosing it leaves");
        assertTrue(shown(browser).size() < 8, "a second target group narrows: " + shown(browser));
        check(browser, "ik-facet-tema-beskaeftigelse");
        check(browser, "ik-facet-niveau-3");
        waitFor(browser, () -> status(browser), "Viser 3 af 41 indsatser: for både »Kvinder« og »Beboere med etnisk minoritetsbaggrund«, "
            + "med temaet »Beskæftigelse« og på evidensniveau 3 (»Lovende«) eller højere.");
        assertEquals(List.of("Beskæftigelsesforløb for kvinder uden for arbejdsmarkedet", "Bydelsmødre", "Jobcafé og jobklub"), shown(browser));
        assertTrue(browser.driver().getCurrentUrl().endsWith(ALL + "?maalgruppe=kvinder&maalgruppe=etniske-minoriteter&tema=beskaeftigelse&niveau=3"),
            browser.driver().getCurrentUrl());
        assertEquals(List.of(), AccessibilityIT.violations(browser));

        browser.driver().navigate().back();
        waitFor(browser, () -> status(browser).replaceAll("\\d+ af", "N af"), "Viser N af 41 indsatser: for både »Kvinder« og »Beboere med etnisk minoritetsbaggrund« "
            + "og med temaet »Beskæftigelse«.");
        assertTrue(!browser.driver().findElement(By.id("ik-facet-niveau-3")).isSelected(), "Back undoes the last choice");
        browser.driver().findElement(By.cssSelector(".ik-filters__clear")).click();
        waitFor(browser, () -> status(browser), "Viser alle 41 indsatser.");
        assertTrue(browser.driver().getCurrentUrl().endsWith(ALL), browser.driver().getCurrentUrl());
    }

    @Test void theHomePagesFiltersCountLiveAndLeadToTheListWithTheSameFilters(RealSite site, Browser browser) {
        browser.open(site.url("index.html"));
        WebElement go = browser.driver().findElement(By.cssSelector("[data-find-go]"));
        WebElement toggle = browser.driver().findElement(By.cssSelector(".ik-home__find .ik-filters__toggle"));
        waitFor(browser, () -> toggle.getText(), "Flere filtre");
        toggle.click();
        check(browser, "ik-facet-maalgruppe-kvinder");
        check(browser, "ik-facet-niveau-3");
        waitFor(browser, () -> go.getText().replaceAll("\\d+", "N"), "Vis N indsatser");
        String count = go.getText().replaceAll("\\D", "");
        assertEquals("Vis " + count + " indsatser", browser.driver().findElement(By.cssSelector(".ik-home__find .ik-filters__done")).getText());
        go.click();
        waitFor(browser, () -> browser.driver().getCurrentUrl().endsWith(ALL + "?maalgruppe=kvinder&niveau=3") ? "list" : browser.driver().getCurrentUrl(), "list");
        waitFor(browser, () -> status(browser), "Viser " + count + " af 41 indsatser: for »Kvinder« og på evidensniveau 3 (»Lovende«) eller højere.");
    }

    @Test void sortingByEvidencePutsTheHighestLevelFirstAndByNameInDanishOrder(RealSite site, Browser browser) {
        browser.open(site.url(ALL + "?sorter=evidens"));
        waitFor(browser, () -> browser.driver().findElement(By.id("ik-filters-sort")).getAttribute("value"), "level");
        List<Long> levels = browser.script("return [...document.querySelectorAll('[data-find-results] > li')].map(li =>"
            + " Number(li.querySelector('.ik-evidence-badge__number').textContent));");
        List<Long> sorted = new ArrayList<>(levels);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, levels);
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("ik-filters-sort"))).selectByValue("name");
        waitFor(browser, () -> browser.driver().getCurrentUrl().endsWith(ALL) ? "name" : browser.driver().getCurrentUrl(), "name");
        List<String> names = shown(browser);
        List<String> danish = new ArrayList<>(names);
        danish.sort(Collator.getInstance(Locale.forLanguageTag("da-DK")));
        assertEquals(danish, names);
    }

    @Test void theFiltersWorkByKeyboardAloneOnAPhone(RealSite site, Browser browser) {
        browser.viewport(390, 844, true);
        browser.open(site.url("temaer/beskaeftigelse/index.html"));
        waitFor(browser, () -> status(browser), "Viser alle 20 indsatser.");
        WebElement toggle = browser.driver().findElement(By.cssSelector(".ik-filters__toggle"));
        tabTo(browser, toggle);
        assertEquals("false", toggle.getAttribute("aria-expanded"));
        assertTrue(!browser.driver().findElement(By.id("ik-filters-panel")).isDisplayed(), "results first: the filters wait behind the button");
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        assertEquals("Målgruppe", browser.script("return document.activeElement.querySelector('span').textContent;"), "focus moves into the filters");
        assertTrue(browser.driver().findElements(By.id("ik-facet-tema-beskaeftigelse")).isEmpty(), "a theme page does not offer themes");
        tabTo(browser, browser.driver().findElement(By.id("ik-facet-maalgruppe-kvinder")));
        new Actions(browser.driver()).sendKeys(Keys.SPACE).perform();
        waitFor(browser, () -> status(browser).replaceAll("\\d+ af", "N af"), "Viser N af 20 indsatser: for »Kvinder« og med temaet »Beskæftigelse«.");
        WebElement done = browser.driver().findElement(By.cssSelector(".ik-filters__done"));
        tabTo(browser, done);
        assertEquals("Vis " + shown(browser).size() + " indsatser", done.getText());
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        assertEquals("false", toggle.getAttribute("aria-expanded"));
        assertEquals("true", browser.script("return String(document.activeElement.hasAttribute('data-find-status'));"), "focus on the results' status");
        tabTo(browser, browser.driver().findElement(By.cssSelector(".ik-filters__clear")));
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        waitFor(browser, () -> status(browser), "Viser alle 20 indsatser.");
    }

    @Test void onAPhoneResultsComeFirstAndEveryFilterControlIsAtLeast44PixelsTall(RealSite site, Browser browser) {
        browser.viewport(390, 844, true);
        browser.open(site.url(ALL));
        waitFor(browser, () -> status(browser), "Viser alle 41 indsatser.");
        long firstCard = browser.<Number>script("return Math.round(document.querySelector('[data-find-results] > li').getBoundingClientRect().top);").longValue();
        assertTrue(firstCard < 844, "the first result is on the first screen: " + firstCard);
        browser.driver().findElement(By.cssSelector(".ik-filters__toggle")).click();
        List<String> small = browser.script("""
            const targets = [...document.querySelectorAll('.ik-filters button, .ik-filters select, .ik-filters summary, .ik-filters__option label,'
              + ' .ik-filters input[type=number], .ik-compare-toggle')].filter(el => el.getClientRects().length > 0);
            return targets.filter(el => el.getBoundingClientRect().height < 44)
              .map(el => el.tagName.toLowerCase() + ' "' + el.textContent.trim().slice(0, 30) + '" ' + Math.round(el.getBoundingClientRect().height) + ' px');
            """);
        assertEquals(List.of(), small);
        assertEquals(List.of(), AccessibilityIT.violations(browser));
    }

    @Test void theSearchPageUsesTheSameFiltersAndSortsFilterOnlyResultsByName(RealSite site, Browser browser) {
        browser.open(site.url("soeg/index.html?maalgruppe=kvinder&maalgruppe=etniske-minoriteter"));
        waitFor(browser, () -> String.valueOf(browser.driver().findElements(By.cssSelector(".ik-search__title")).size() > 0), "true");
        List<String> titles = browser.driver().findElements(By.cssSelector(".ik-search__title")).stream().map(WebElement::getText).toList();
        List<String> danish = new ArrayList<>(titles);
        danish.sort(Collator.getInstance(Locale.forLanguageTag("da-DK")));
        assertEquals(danish, titles, "filters alone: alphabetical, not by file name");
        browser.open(site.url(ALL + "?maalgruppe=kvinder&maalgruppe=etniske-minoriteter"));
        waitFor(browser, () -> String.valueOf(shown(browser).size()), String.valueOf(titles.size()));
    }

    private static void check(Browser browser, String id) {
        WebElement input = browser.driver().findElement(By.id(id));
        browser.driver().findElement(By.cssSelector("label[for='" + id + "']")).click();
        waitFor(browser, () -> String.valueOf(input.isSelected()), "true");
    }

    private static String count(Browser browser, String id) {
        return browser.driver().findElement(By.cssSelector("label[for='" + id + "'] .ik-filters__number-of")).getText();
    }

    /** Presses Tab until target has focus (at most 200 times). */
    static void tabTo(Browser browser, WebElement target) {
        for (int i = 0; i < 200; i++) {
            if (target.equals(browser.driver().switchTo().activeElement())) return;
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + target.getTagName() + " " + target.getText());
    }

    private static List<String> shown(Browser browser) { return browser.script(SHOWN); }

    private static String status(Browser browser) { return browser.driver().findElement(By.cssSelector("[data-find-status]")).getText(); }

    static void waitFor(Browser browser, Supplier<String> actual, String expected) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> expected.equals(actual.get()));
        } catch (org.openqa.selenium.TimeoutException e) {
            assertEquals(expected, actual.get(), "after waiting 10 s");
        }
    }
}
