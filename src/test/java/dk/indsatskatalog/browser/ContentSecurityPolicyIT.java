package dk.indsatskatalog.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A strict Content-Security-Policy (no unsafe-inline) is in force on every page, and Chromium reports
 * no CSP violation, failed request or console error while loading any page.
 */
@ExtendWith(RealSiteExtension.class)
class ContentSecurityPolicyIT {
    private static final Pattern META_CSP = Pattern.compile(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">");

    /** Adds an inline script and an inline style the way an injection would, and says whether either took effect. */
    private static final String PROBE_INLINE = """
        const s = document.createElement('script');
        s.textContent = 'window.ikInlineScriptRan = true;';
        document.head.appendChild(s);
        const st = document.createElement('style');
        st.textContent = 'html { --ik-inline-style: applied; }';
        document.head.appendChild(st);
        const style = getComputedStyle(document.documentElement).getPropertyValue('--ik-inline-style').trim();
        return (window.ikInlineScriptRan === true ? 'inline script ran ' : '') + (style === 'applied' ? 'inline style applied' : '');
        """;

    @Test void everyPageDeclaresAStrictPolicyInAMetaTag(RealSite site) throws IOException {
        List<String> problems = new ArrayList<>();
        for (String page : site.pages()) {
            Matcher m = META_CSP.matcher(Files.readString(site.file(page)));
            if (!m.find()) problems.add(page + ": no CSP meta tag");
            else if (!m.group(1).contains("default-src 'self'") || m.group(1).contains("unsafe-")) problems.add(page + ": " + m.group(1));
        }
        assertEquals(List.of(), problems);
    }

    @Test void noPageLogsAConsoleMessageAndInlineCodeIsBlockedOnEveryPage(RealSite site, Browser browser) {
        List<String> messages = new ArrayList<>();
        List<String> notBlocked = new ArrayList<>();
        for (String page : site.pages()) {
            browser.open(site.url(page));
            for (String message : browser.takeConsole()) {
                // The 404 page is served with status 404 on purpose; Chromium logs that status.
                if (page.equals("404.html") && message.contains("404 (Not Found)")) continue;
                messages.add(page + ": " + message);
            }
            // Then the policy must be in force: injected inline code blocked, and reported.
            String ran = browser.script(PROBE_INLINE);
            if (!ran.isEmpty()) notBlocked.add(page + ": " + ran.trim());
            List<String> reports = browser.takeConsole();
            if (reports.stream().noneMatch(r -> r.contains("Content Security Policy"))) {
                notBlocked.add(page + ": the blocked inline code was not reported as a CSP violation: " + reports);
            }
        }
        assertAll(() -> assertEquals(List.of(), messages, "console messages"),
                  () -> assertEquals(List.of(), notBlocked, "inline code not blocked"));
    }

    @Test void theProbeWorksWhereNoPolicyApplies(Browser browser) {
        // Without a policy the same probe must succeed, or the test above could not fail.
        browser.open("data:text/html,<!DOCTYPE html><title>x</title>");
        String ran = browser.script(PROBE_INLINE);
        assertEquals("inline script ran inline style applied", ran);
        assertTrue(browser.takeConsole().isEmpty());
    }
}
