package dk.indsatskatalog.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With JavaScript off, a reader can still browse: the navigation, every listing and every entry work. */
@ExtendWith(RealSiteExtension.class)
class NoJavaScriptIT {
    private static final Pattern ENTRY_CARD = Pattern.compile("<li class=\"ik-entry-list__item\"");

    @Test void scriptsAreReallyOff(Browser browser) {
        browser.javaScript(false);
        browser.open("data:text/html;charset=utf-8,<!DOCTYPE html><title>off</title><script>document.title = 'on';</script>");
        assertEquals("off", browser.driver().getTitle());
    }

    @Test void aReaderClicksFromTheHomePageThroughTheListingToAnEntryAndOnToItsTheme(RealSite site, Browser browser) {
        browser.javaScript(false);
        browser.open(site.baseUrl());
        click(browser, "nav a", "Indsatser");
        assertEquals(site.url("indsatser/index.html"), browser.driver().getCurrentUrl());
        List<WebElement> cards = browser.driver().findElements(By.cssSelector("main .ik-entry-card__link"));
        long entries = site.pages().stream().filter(p -> p.matches("indsatser/[^/]+/index\\.html")).count();
        assertEquals(entries, cards.stream().filter(WebElement::isDisplayed).count(), "entries listed without JavaScript");

        String name = cards.get(0).getText();
        cards.get(0).click();
        assertEquals(name, browser.driver().findElement(By.cssSelector("h1")).getText());
        WebElement theme = browser.driver().findElement(By.cssSelector(".ik-breadcrumbs li:last-child a"));
        String themeName = theme.getText();
        theme.click();
        assertTrue(browser.driver().findElement(By.cssSelector("h1")).getText().contains(themeName),
            browser.driver().findElement(By.cssSelector("h1")).getText());
        assertTrue(browser.driver().findElements(By.cssSelector("main .ik-entry-card__link")).size() > 0);
    }

    @Test void everyListingShowsAllItsEntriesWithoutJavaScript(RealSite site, Browser browser) throws IOException {
        browser.javaScript(false);
        List<String> problems = new ArrayList<>();
        int listings = 0;
        for (String page : site.pages()) {
            Matcher m = ENTRY_CARD.matcher(Files.readString(site.file(page)));
            int inHtml = 0;
            while (m.find()) inHtml++;
            if (inHtml == 0) continue;
            listings++;
            browser.open(site.url(page));
            long shown = browser.<Number>script("return [...document.querySelectorAll('.ik-entry-list__item')]"
                + ".filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden').length;").longValue();
            if (shown != inHtml) problems.add(page + ": " + shown + " of " + inHtml + " entries shown");
        }
        assertTrue(listings > 20, "listing pages found: " + listings);
        assertEquals(List.of(), problems);
    }

    private static void click(Browser browser, String selector, String text) {
        browser.driver().findElements(By.cssSelector(selector)).stream()
            .filter(e -> e.getText().equals(text)).findFirst()
            .orElseThrow(() -> new AssertionError("no " + selector + " \"" + text + "\"")).click();
    }
}
