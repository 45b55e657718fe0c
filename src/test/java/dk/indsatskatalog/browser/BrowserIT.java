package dk.indsatskatalog.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The harness itself: Chromium opens the served site and follows the root's redirect. */
@ExtendWith(RealSiteExtension.class)
class BrowserIT {
    @Test void chromiumOpensTheHomePageThroughTheRedirect(RealSite site, Browser browser) {
        browser.open(site.serverRoot());
        assertEquals(site.baseUrl(), browser.driver().getCurrentUrl());
        assertEquals("Indsatskatalog", browser.driver().getTitle());
    }
}
