package dk.indsatskatalog.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static dk.indsatskatalog.browser.FindListIT.waitFor;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Full-page screenshots of the pages for finding and comparing, at a phone's 390 px and a laptop's
 * 1366 px, in {@code target/screenshots/find-*.png} for people to look at: the home page, a list
 * with filters chosen (on the phone with the filters opened), an entry, the comparison of four and
 * the evidence and gap map.
 */
@ExtendWith(RealSiteExtension.class)
class FindScreenshotsIT {
    private static final String LIST = "indsatser/index.html?maalgruppe=kvinder&maalgruppe=etniske-minoriteter&tema=beskaeftigelse&niveau=3";
    private static final String COMPARE = "sammenlign/index.html?indsatser=aftensport,ungdomscafe,fritidsjob,lommepengeprojekt";

    @Test void screenshotsAtPhoneAndLaptopWidth(RealSite site, Browser browser) throws IOException {
        Files.createDirectories(LayoutIT.SCREENSHOTS);
        List<String> written = new ArrayList<>();
        for (int width : new int[] {390, 1366}) {
            boolean phone = width == 390;
            browser.viewport(width, phone ? 844 : 900, phone);
            written.add(shot(site, browser, "home", "index.html", width, null));
            browser.open(site.url("index.html"));
            browser.script("localStorage.clear();"); // the list as a first visit shows it, without a comparison tray
            written.add(shot(site, browser, "list-filters", LIST, width, phone ? ".ik-filters__toggle" : null));
            written.add(shot(site, browser, "entry", "indsatser/ungdomscafe/index.html", width, null));
            written.add(shot(site, browser, "compare", COMPARE, width, null));
            written.add(shot(site, browser, "map", "evidenskort/index.html", width, null));
        }
        for (String name : written) assertTrue(Files.size(LayoutIT.SCREENSHOTS.resolve(name)) > 5_000, name + " is empty");
    }

    private static String shot(RealSite site, Browser browser, String name, String page, int width, String click) throws IOException {
        browser.open(site.url(page));
        if (page.startsWith("indsatser/index.html")) {
            waitFor(browser, () -> browser.driver().findElement(By.cssSelector("[data-find-status]")).getText().startsWith("Viser") ? "ready" : "", "ready");
        }
        if (page.startsWith("sammenlign/")) {
            waitFor(browser, () -> String.valueOf(browser.driver().findElements(By.cssSelector(".ik-compare__entry")).size()), "4");
        }
        if (page.equals("index.html")) {
            waitFor(browser, () -> browser.driver().findElement(By.cssSelector("[data-find-chip-count]")).getText().isEmpty() ? "" : "ready", "ready");
        }
        if (click != null) browser.driver().findElement(By.cssSelector(click)).click();
        String file = "find-" + name + "-" + width + ".png";
        Files.write(LayoutIT.SCREENSHOTS.resolve(file), LayoutIT.fullPage(browser));
        return file;
    }
}
