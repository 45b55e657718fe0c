package dk.indsatskatalog.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every entry prints (Chromium's own PDF, through DevTools' Page.printToPDF) on at most two A4 pages,
 * with its permanent address and the date it was last reviewed; the site's navigation stays off paper.
 */
@ExtendWith(RealSiteExtension.class)
class PrintIT {
    private static final Pattern PAGE_OBJECT = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])");
    private static final double A4_WIDTH_INCHES = 210 / 25.4;
    private static final double A4_HEIGHT_INCHES = 297 / 25.4;

    /** What a reader sees on paper: the header and navigation hidden, the address and review date shown. */
    private static final String ON_PAPER = """
        const shown = el => el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
        const footer = document.querySelector('.ik-entry__footer');
        return [shown(document.querySelector('.ik-header')) ? 'header shown' : 'header hidden',
                shown(footer) ? footer.innerText.replace(/\\s+/g, ' ').trim() : 'no address or date on paper'];
        """;

    @Test void everyEntryPrintsOnAtMostTwoA4Pages(RealSite site, Browser browser) throws IOException {
        List<String> tooLong = new ArrayList<>();
        List<String> entries = site.pages().stream().filter(p -> p.matches("indsatser/[^/]+/index\\.html")).toList();
        for (String entry : entries) {
            browser.open(site.url(entry));
            byte[] pdf = printToPdf(browser);
            int pages = pageCount(pdf);
            if (pages > 2) tooLong.add(entry + ": " + pages + " pages");
        }
        assertTrue(entries.size() > 30, "entries found: " + entries.size());
        assertEquals(List.of(), tooLong);
    }

    @Test void aPrintedEntryShowsItsAddressAndReviewDateButNotTheSiteNavigation(RealSite site, Browser browser) {
        String entry = site.firstEntry();
        String slug = entry.split("/")[1];
        browser.open(site.url(entry));
        browser.cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
        List<String> paper = browser.script(ON_PAPER);
        assertEquals("header hidden", paper.get(0));
        String footer = paper.get(1);
        assertTrue(footer.matches("Sidst gennemgået \\d{1,2}\\. [a-zæøå]+ 20\\d\\d\\. Permanent adresse: "
            + "https://\\S+/indsatser/" + slug + "/"), footer);
    }

    @Test void thePageCountIsReadFromThePdf(Browser browser) {
        // A page forced to three sheets must count as three, or the test above could not fail.
        browser.open("data:text/html;charset=utf-8,<!DOCTYPE html><title>x</title>"
            + "<p>1</p><p style=\"break-before:page\">2</p><p style=\"break-before:page\">3</p>");
        assertEquals(3, pageCount(printToPdf(browser)));
    }

    static byte[] printToPdf(Browser browser) {
        Map<String, Object> result = browser.cdp("Page.printToPDF", Map.of(
            "paperWidth", A4_WIDTH_INCHES, "paperHeight", A4_HEIGHT_INCHES, "preferCSSPageSize", true,
            "printBackground", true, "displayHeaderFooter", false));
        return Base64.getDecoder().decode((String) result.get("data"));
    }

    static int pageCount(byte[] pdf) {
        Matcher m = PAGE_OBJECT.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int pages = 0;
        while (m.find()) pages++;
        return pages;
    }
}
