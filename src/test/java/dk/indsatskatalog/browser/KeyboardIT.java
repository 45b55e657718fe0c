package dk.indsatskatalog.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Keyboard only: on one page of every type, Tab reaches every control the page has (links, buttons,
 * form fields, scrollable regions: whatever is focusable and shown), in document order, each one
 * visibly focused and on screen; and Enter follows the skip link and the navigation.
 */
@ExtendWith(RealSiteExtension.class)
class KeyboardIT {
    /** What Tab should reach: shown, enabled, focusable elements without a negative tabindex, in document order. */
    private static final String EXPECTED = """
        const selector = 'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, iframe, '
          + '[tabindex], [contenteditable=""], [contenteditable=true]';
        // A group of radio buttons is one Tab stop: the checked one, or the first when none is (arrow keys move within it).
        const radioStop = el => {
          if (el.type !== 'radio' || !el.name) return true;
          const group = [...document.querySelectorAll('input[type=radio]')].filter(r => r.name === el.name && r.form === el.form);
          const checked = group.find(r => r.checked);
          return checked ? el === checked : el === group[0];
        };
        window.ikFocusables = [...document.querySelectorAll(selector)].filter(el =>
          !el.disabled && el.tabIndex >= 0 && !el.closest('[inert]') && el.getClientRects().length > 0
          && getComputedStyle(el).visibility !== 'hidden' && radioStop(el)
          && el.checkVisibility()); // false inside a closed <details>, whose content keeps its boxes
        return window.ikFocusables.length;
        """;

    /** Where focus is now: its index among the expected elements (or a description), and why it is not visibly focused. */
    private static final String FOCUSED = """
        const el = document.activeElement;
        if (!el || el === document.body) return ['body', ''];
        const index = window.ikFocusables.indexOf(el);
        const name = index >= 0 ? String(index) : el.outerHTML.slice(0, 120);
        const style = getComputedStyle(el);
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        const shadow = style.boxShadow !== 'none';
        const problems = [];
        if (!el.matches(':focus-visible')) problems.push('not :focus-visible');
        if (!outline && !shadow) problems.push('no outline or box-shadow when focused');
        const r = el.getBoundingClientRect();
        if (r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth || r.width * r.height === 0)
          problems.push('off screen at ' + Math.round(r.left) + ',' + Math.round(r.top));
        return [name, problems.join(', ')];
        """;

    private static final String DESCRIBE = """
        const el = window.ikFocusables[arguments[0]];
        return el.tagName.toLowerCase() + (el.getAttribute('href') ? ' ' + el.getAttribute('href') : '')
          + ' "' + (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 40) + '"';
        """;

    @Test void tabReachesEveryControlInOrderAndShowsWhereFocusIs(RealSite site, Browser browser) {
        List<String> problems = new ArrayList<>();
        for (String page : site.onePagePerType()) problems.addAll(walk(site, browser, page));
        assertEquals(List.of(), problems);
    }

    /** Tabs through one page from the top; returns what is missing, out of order or not visibly focused. */
    private static List<String> walk(RealSite site, Browser browser, String page) {
        browser.open(site.url(page));
        browser.settle(300); // the filters and results are drawn after the index is fetched
        long expected = browser.<Long>script(EXPECTED);
        List<String> problems = new ArrayList<>();
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < expected + 3; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            List<String> focused = browser.script(FOCUSED);
            if (focused.get(0).equals("body")) break; // past the last control
            if (reached.contains(focused.get(0))) break; // wrapped around
            reached.add(focused.get(0));
            if (!focused.get(1).isEmpty()) problems.add(page + ": " + describe(browser, focused.get(0)) + ": " + focused.get(1));
        }
        List<String> order = new ArrayList<>();
        for (int i = 0; i < expected; i++) order.add(String.valueOf(i));
        if (!reached.equals(order)) {
            List<String> missing = new ArrayList<>(order);
            missing.removeAll(reached);
            problems.add(page + ": Tab order " + reached.stream().map(r -> describe(browser, r)).toList()
                + (missing.isEmpty() ? "" : "; never reached " + missing.stream().map(r -> describe(browser, r)).toList()));
        }
        return problems;
    }

    private static String describe(Browser browser, String index) {
        return index.matches("\\d+") ? browser.script(DESCRIBE, Integer.parseInt(index)) : index;
    }

    @Test void theSkipLinkIsFirstAndMovesFocusToTheContent(RealSite site, Browser browser) {
        browser.open(site.url(site.firstEntry()));
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertEquals("Spring til indhold", browser.script("return document.activeElement.textContent;"));
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        assertEquals("indhold", browser.script("return document.activeElement.id;"));
    }

    @Test void theMainNavigationWorksWithTabAndEnter(RealSite site, Browser browser) {
        browser.open(site.url("index.html"));
        for (int i = 0; i < 20; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            if ("Indsatser".equals(browser.script("return document.activeElement.textContent;"))) break;
        }
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(site.url("indsatser/index.html")));
        assertEquals("Alle indsatser", browser.driver().findElement(By.cssSelector("h1")).getText());
    }

    @Test void aPageWithoutFocusStylesFails(Browser browser) {
        // The check must be able to fail: here the link's outline is taken away.
        browser.open("data:text/html;charset=utf-8,<!DOCTYPE html><title>x</title>"
            + "<a href=\"%23a\" style=\"outline:none\">a</a><a href=\"%23b\">b</a><a href=\"%23c\" tabindex=\"-1\">c</a>");
        browser.<Long>script(EXPECTED);
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertEquals(List.of("0", "no outline or box-shadow when focused"), browser.script(FOCUSED));
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertEquals(List.of("1", ""), browser.script(FOCUSED));
    }
}
