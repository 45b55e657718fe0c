package dk.indsatskatalog.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The layout holds from a 320 px phone (WCAG 1.4.10 Reflow: no horizontal scrolling) to wide screens.
 * Screenshots for people to look at are taken by {@link Screenshots}, not by the tests, which look at none.
 */
@ExtendWith(RealSiteExtension.class)
class LayoutIT {
    static final int PHONE = 320;

    /** Whether the page scrolls sideways, and if so the outermost elements that stick out. */
    private static final String OVERFLOW = """
        const width = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth <= width) return [];
        const out = [...document.body.querySelectorAll('*')].filter(el => {
          const r = el.getBoundingClientRect();
          return r.right > width + 0.5 && !(el.parentElement && el.parentElement.getBoundingClientRect().right > width + 0.5);
        });
        return ['scrolls to ' + document.documentElement.scrollWidth + ' px in ' + width + ' px',
          ...out.slice(0, 5).map(el => el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : '')
            + ' reaches ' + Math.round(el.getBoundingClientRect().right) + ' px')];
        """;

    @Test void noPageScrollsSidewaysOnA320PixelPhone(RealSite site, Browser browser) {
        browser.viewport(PHONE, 640, true);
        List<String> problems = new ArrayList<>();
        for (String page : site.pages()) {
            browser.open(site.url(page));
            List<String> overflow = browser.script(OVERFLOW);
            if (!overflow.isEmpty()) problems.add(page + ": " + String.join("; ", overflow));
        }
        assertEquals(List.of(), problems);
    }

    @Test void noPageTypeScrollsSidewaysFromTabletToWideScreens(RealSite site, Browser browser) {
        List<String> problems = new ArrayList<>();
        for (String page : site.onePagePerType()) {
            browser.open(site.url(page));
            for (int width : new int[] {480, 768, 1024, 1920, 2560}) {
                // Resizing re-lays the page out without loading it again.
                browser.viewport(width, 900, width < 1024);
                long laidOut = browser.<Number>script("return document.documentElement.clientWidth;").longValue();
                if (laidOut != width) problems.add(width + " px: " + page + ": laid out at " + laidOut + " px");
                List<String> overflow = browser.script(OVERFLOW);
                if (!overflow.isEmpty()) problems.add(width + " px: " + page + ": " + String.join("; ", overflow));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test void theContentKeepsAReadableMeasureOnWideScreens(RealSite site, Browser browser) {
        browser.viewport(2560, 1200, false);
        browser.open(site.url(site.firstEntry()));
        long width = browser.<Number>script("return Math.round(document.querySelector('main').getBoundingClientRect().width);").longValue();
        assertTrue(width <= 1200, "main is " + width + " px wide at 2560 px");
    }

    @Test void theOverflowCheckFindsAWidePage(Browser browser) {
        browser.viewport(PHONE, 640, true);
        browser.open("data:text/html;charset=utf-8,<!DOCTYPE html><meta name=viewport content=\"width=device-width\">"
            + "<title>x</title><body style=\"margin:0\"><div class=\"wide\" style=\"width:400px\">x</div>");
        assertEquals(List.of("scrolls to 400 px in 320 px", "div.wide reaches 400 px"), browser.script(OVERFLOW));
    }
}
