package dk.indsatskatalog.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Entry pages answer "can we run this?" in Chromium: what it takes is on the first screens, the
 * actions are at the top, the outcomes table shows every column on a desktop, the contents list stays beside the text on a wide screen, the outcomes
 * table keeps its column names on a 320 px phone, related entries are compact, and a search result
 * carries exactly the entry page's evidence badge. Screenshots of one entry at 390 and 1366 px are
 * kept in target/screenshots; the checks below measure what a reader would look for in them.
 */
@ExtendWith(RealSiteExtension.class)
class EntryPageIT {
    /** The entry the screenshots show: a long summary, six related entries, findings from elsewhere. */
    static final String SHOWN = "indsatser/aftensport/index.html";

    /** Where, in CSS pixels from the top of the page, a reader finds each part. */
    private static final String POSITIONS = """
        const top = sel => { const el = document.querySelector(sel); return el ? Math.round(el.getBoundingClientRect().top + scrollY) : -1; };
        const related = document.querySelector('.ik-entry__section--related');
        const table = document.querySelector('.ik-outcomes');
        const hidden = table ? Math.max(0, table.parentElement.scrollWidth - table.parentElement.clientWidth) : 0;
        return [top('#ressourcer'), top('.ik-actions'), related ? Math.round(related.getBoundingClientRect().height) : 0, hidden];
        """;

    private List<String> entries(RealSite site) {
        return site.pages().stream().filter(p -> p.matches("indsatser/[^/]+/index\\.html")).toList();
    }

    @Test void whatItTakesAndTheActionsAreNearTheTopOfEveryEntry(RealSite site, Browser browser) throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> measured = new ArrayList<>();
        for (int[] screen : new int[][] {{1366, 900}, {390, 844}}) {
            browser.viewport(screen[0], screen[1], screen[0] < 1024);
            int worstTakes = 0;
            int worstRelated = 0;
            for (String entry : entries(site)) {
                browser.open(site.url(entry));
                List<Number> at = browser.script(POSITIONS);
                int takes = at.get(0).intValue();
                int actions = at.get(1).intValue();
                int related = at.get(2).intValue();
                // At 1366 px the outcomes table hid its level and sources behind a sideways scroll.
                if (screen[0] > 1000 && at.get(3).intValue() > 1) problems.add(screen[0] + " px: " + entry + ": the outcomes table hides "
                    + at.get(3) + " px behind a sideways scroll");
                worstTakes = Math.max(worstTakes, takes);
                worstRelated = Math.max(worstRelated, related);
                // "Hvad kræver det?" started 2,400-3,250 px down on a desktop and 3,800-4,800 px on a phone.
                if (takes < 0 || takes > (screen[0] > 1000 ? 1_500 : 2_800)) problems.add(screen[0] + " px: " + entry + ": \"Hvad kræver det?\" at " + takes + " px");
                if (actions < 0 || actions > (screen[0] > 1000 ? 900 : 1_400)) problems.add(screen[0] + " px: " + entry + ": actions at " + actions + " px");
                // Six related entries took about 2,400 px as full cards.
                if (related > (screen[0] > 1000 ? 700 : 1_200)) problems.add(screen[0] + " px: " + entry + ": related entries " + related + " px high");
            }
            measured.add(screen[0] + " px: \"Hvad kræver det?\" at most " + worstTakes + " px down, related entries at most " + worstRelated + " px high");
        }
        System.out.println("EntryPageIT: " + String.join("; ", measured));
        assertEquals(List.of(), problems);
    }

    @Test void theContentsListStaysBesideTheTextOnAWideScreen(RealSite site, Browser browser) {
        browser.viewport(1366, 900, false);
        browser.open(site.url(SHOWN));
        browser.script("document.getElementById('kilder').scrollIntoView();");
        List<Number> box = browser.script("""
            const nav = document.querySelector('.ik-page-contents').getBoundingClientRect();
            const text = document.querySelector('.ik-entry__body').getBoundingClientRect();
            return [Math.round(nav.top), Math.round(nav.bottom), Math.round(nav.left), Math.round(text.right), innerHeight];
            """);
        assertTrue(box.get(0).intValue() >= 0 && box.get(1).intValue() <= box.get(4).intValue(), "the contents list scrolled away: " + box);
        assertTrue(box.get(2).intValue() > box.get(3).intValue(), "the contents list is not beside the text: " + box);
        browser.driver().findElement(By.cssSelector(".ik-page-contents a[href='#evidens']")).click();
        assertTrue(browser.driver().getCurrentUrl().endsWith("#evidens"));
        long headingTop = browser.<Number>script("return Math.round(document.getElementById('evidens').getBoundingClientRect().top);").longValue();
        assertTrue(headingTop >= 0 && headingTop < 100, "the link leads to its section: " + headingTop);
    }

    @Test void onA320PixelPhoneEveryOutcomeCellShowsItsColumnName(RealSite site, Browser browser) {
        browser.viewport(320, 640, true);
        browser.open(site.url(SHOWN));
        List<String> cells = browser.script("""
            return [...document.querySelectorAll('.ik-outcomes tbody td')].map(td => {
              const before = getComputedStyle(td, '::before');
              return td.dataset.label + '|' + before.content + '|' + before.display
                + '|' + (td.getBoundingClientRect().width <= document.documentElement.clientWidth);
            });
            """);
        assertTrue(cells.size() >= 5 * 4, "cells: " + cells.size());
        List<String> wrong = cells.stream().filter(c -> {
            String[] p = c.split("\\|");
            return !(p[1].equals("\"" + p[0] + "\"") && !p[2].equals("none") && p[3].equals("true"));
        }).toList();
        assertEquals(List.of(), wrong, "cells whose column name is not shown");
        assertEquals(List.of("Fund", "Resultat", "Type og design", "Retning", "Niveau", "Kilder"), browser.script(
            "return [...document.querySelectorAll('.ik-outcomes thead th')].map(th => th.textContent);"), "the header row stays for screen readers");
    }

    @Test void aSearchResultCarriesExactlyTheEntryPagesBadgeAndFlag(RealSite site, Browser browser) {
        browser.open(site.url("soeg/index.html?q=natteravne"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(".ik-search__result .ik-flag")).isEmpty());
        String absolute = """
            const p = document.querySelector(arguments[0]).cloneNode(true);
            p.querySelectorAll('a').forEach(a => a.setAttribute('href', a.href));
            return p.innerHTML;
            """;
        String inResult = browser.script(absolute, ".ik-search__result .ik-search__badges");
        String entryUrl = browser.script("return document.querySelector('.ik-search__result .ik-search__link').href;");
        browser.open(entryUrl);
        String onEntry = browser.script(absolute, ".ik-entry__badges");
        assertTrue(onEntry.contains("ik-evidence-badge__name") && onEntry.contains("ik-flag"), onEntry);
        assertEquals(onEntry, inResult);
    }
}
