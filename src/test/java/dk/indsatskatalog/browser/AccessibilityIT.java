package dk.indsatskatalog.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** axe-core finds no WCAG 2.1 A or AA violation on any page of the real site. */
@ExtendWith(RealSiteExtension.class)
class AccessibilityIT {
    /** axe-core's own build, shipped inside com.deque.html.axe-core:selenium. */
    private static final String AXE = axeSource();

    /** Runs axe on the page for the WCAG 2.0/2.1 A and AA rules; returns one line per violating element. */
    private static final String RUN_AXE = """
        const done = arguments[arguments.length - 1];
        axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                            resultTypes: ['violations'] })
          .then(r => done(r.violations.flatMap(v => v.nodes.map(n =>
              v.id + ' (' + v.impact + '): ' + v.help + ' at ' + n.target.join(' ')))))
          .catch(e => done(['axe failed: ' + e]));
        """;

    @Test void noPageHasAWcag21AOrAaViolation(RealSite site, Browser browser) throws Exception {
        List<String> violations = new ArrayList<>();
        try (AutoCloseable axe = browser.onEveryPage(AXE)) {
            for (String page : site.pages()) {
                browser.open(site.url(page));
                for (String v : violations(browser)) violations.add(page + ": " + v);
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test void noPageTypeHasAViolationOnA320PixelPhone(RealSite site, Browser browser) throws Exception {
        // The phone layout reflows text and controls; contrast and focus order can differ there.
        browser.viewport(320, 640, true);
        List<String> violations = new ArrayList<>();
        try (AutoCloseable axe = browser.onEveryPage(AXE)) {
            for (String page : site.onePagePerType()) {
                browser.open(site.url(page));
                for (String v : violations(browser)) violations.add(page + ": " + v);
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test void axeReportsAViolation(Browser browser) {
        browser.open("data:text/html;charset=utf-8,<!DOCTYPE html><html lang=da><title>x</title><img src=x.png>");
        assertEquals(List.of("image-alt (critical): Images must have alternative text at img"), violations(browser));
    }

    /** The page's violations, one line per element; injects axe unless the page has it already. */
    static List<String> violations(Browser browser) {
        if (!Boolean.TRUE.equals(browser.script("return typeof axe === 'object';"))) browser.script(AXE);
        List<Object> found = browser.asyncScript(RUN_AXE);
        return found.stream().map(String::valueOf).toList();
    }

    private static String axeSource() {
        try (InputStream in = AccessibilityIT.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) throw new IllegalStateException("axe.min.js is not on the test classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
