package dk.indsatskatalog.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An unknown address at any depth gets the site's 404 page, styled and with working links, as the
 * published host serves it (GitHub Pages sends the root's 404.html for every missing path).
 */
@ExtendWith(RealSiteExtension.class)
class NotFoundPageIT {
    @Test void aMissingPageDeepInTheSiteShowsTheStyledNotFoundPage(RealSite site, Browser browser) {
        browser.open(site.url("indsatser/findes-ikke/mere/her.html"));
        assertEquals("Siden findes ikke – Indsatskatalog", browser.driver().getTitle());
        assertEquals("Siden findes ikke", browser.driver().findElement(By.cssSelector("h1")).getText());
        // The stylesheet came from the site's base path, not from beside the missing address.
        assertEquals("rgb(29, 79, 115)", browser.script(
            "return getComputedStyle(document.querySelector('.ik-header')).backgroundColor;"));
        assertEquals(List.of(), browser.takeConsole().stream().filter(m -> !m.contains("404 (Not Found)")).toList());
    }

    @Test void itsLinksLeadBackIntoTheSite(RealSite site, Browser browser) {
        browser.open(site.url("findes/ikke/"));
        browser.driver().findElement(By.linkText("Se alle indsatser")).click();
        assertEquals(site.url("indsatser/index.html"), browser.driver().getCurrentUrl());
        browser.open(site.url("findes/ikke/"));
        browser.driver().findElement(By.linkText("Gå til forsiden")).click();
        assertEquals(site.url("index.html"), browser.driver().getCurrentUrl());
    }
}
