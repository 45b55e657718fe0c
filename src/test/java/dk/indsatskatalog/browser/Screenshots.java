package dk.indsatskatalog.browser;

import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import static dk.indsatskatalog.browser.FindListIT.waitFor;

/**
 * Full-page screenshots for people to look at (no test looks at them, so {@code verify} takes none),
 * into {@code target/screenshots}: one page of each type at 320 and 1280 px, and the pages for
 * finding, comparing and reading an entry at a phone's 390 px and a laptop's 1366 px — the home page,
 * a list with filters chosen (on the phone with the filters opened), an entry, four entries compared
 * and the evidence and gap map. Run with {@code bench/screenshots.sh}.
 */
public final class Screenshots {
    public static final Path FOLDER = RealSite.OUTPUT.resolveSibling("screenshots");
    private static final int[] WIDTHS = {320, 1280};
    private static final String LIST = "indsatser/index.html?maalgruppe=kvinder&maalgruppe=etniske-minoriteter&tema=beskaeftigelse&niveau=3";
    private static final String COMPARE = "sammenlign/index.html?indsatser=aftensport,ungdomscafe,fritidsjob,lommepengeprojekt";

    private Screenshots() {}

    public static void main(String[] args) throws IOException {
        Files.createDirectories(FOLDER);
        try (RealSite site = RealSite.start()) {
            Browser browser = site.browser();
            for (String page : site.onePagePerType()) {
                browser.open(site.url(page));
                for (int width : WIDTHS) {
                    browser.viewport(width, width < 1024 ? 640 : 900, width < 1024);
                    write(browser, page.replace("/index.html", "").replace(".html", "").replace('/', '-') + "-" + width + ".png");
                }
            }
            for (int width : new int[] {390, 1366}) {
                boolean phone = width == 390;
                browser.viewport(width, phone ? 844 : 900, phone);
                shot(site, browser, "home", "index.html", width, null);
                browser.open(site.url("index.html"));
                browser.script("localStorage.clear();"); // the list as a first visit shows it, without a comparison tray
                shot(site, browser, "list-filters", LIST, width, phone ? ".ik-filters__toggle" : null);
                shot(site, browser, "entry", "indsatser/aftensport/index.html", width, null);
                shot(site, browser, "compare", COMPARE, width, null);
                shot(site, browser, "map", "evidenskort/index.html", width, null);
            }
        }
    }

    private static void shot(RealSite site, Browser browser, String name, String page, int width, String click) throws IOException {
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
        write(browser, "find-" + name + "-" + width + ".png");
    }

    private static void write(Browser browser, String name) throws IOException {
        Files.write(FOLDER.resolve(name), fullPage(browser));
        System.out.println(FOLDER.resolve(name));
    }

    /** A PNG of the whole page, not only the part in the viewport. */
    private static byte[] fullPage(Browser browser) {
        Map<String, Object> metrics = browser.cdp("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(((Number) size.get("height")).doubleValue(), 16_000);
        Map<String, Object> shot = browser.cdp("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
            "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }
}
