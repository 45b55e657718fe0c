package dk.indsatskatalog.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

/**
 * Full-page screenshots of one page of each type at phone and desktop width, into
 * {@code target/screenshots}, for people to look at (no test looks at them, so {@code verify}
 * takes none). Run with {@code bench/screenshots.sh}.
 */
public final class Screenshots {
    public static final Path FOLDER = RealSite.OUTPUT.resolveSibling("screenshots");
    private static final int[] WIDTHS = {320, 1280};

    private Screenshots() {}

    public static void main(String[] args) throws IOException {
        Files.createDirectories(FOLDER);
        try (RealSite site = RealSite.start()) {
            Browser browser = site.browser();
            for (String page : site.onePagePerType()) {
                browser.open(site.url(page));
                for (int width : WIDTHS) {
                    browser.viewport(width, width < 1024 ? 640 : 900, width < 1024);
                    String name = page.replace("/index.html", "").replace(".html", "").replace('/', '-') + "-" + width + ".png";
                    Files.write(FOLDER.resolve(name), fullPage(browser));
                    System.out.println(FOLDER.resolve(name));
                }
            }
        }
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
