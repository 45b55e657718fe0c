package dk.indsatskatalog.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkdownTest {
    @Test void rendersParagraphsListsAndLinks() {
        assertEquals("<p>Tekst med <a rel=\"nofollow\" href=\"https://example.org\">link</a>.</p>\n<ul>\n<li>et</li>\n</ul>\n",
            Markdown.toHtml("Tekst med [link](https://example.org).\n\n- et\n", 1));
    }

    @Test void showsRawHtmlAsText() {
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt;</p>\n",
            Markdown.toHtml("<script>alert(1)</script> <img src=x onerror=alert(2)>", 1));
    }

    @Test void dropsJavascriptLinks() {
        assertEquals("<p><a rel=\"nofollow\" href=\"\">klik</a></p>\n", Markdown.toHtml("[klik](javascript:alert(1))", 1));
    }

    @Test void rendersTablesThatKeyboardUsersCanScroll() {
        assertEquals("<table tabindex=\"0\">\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>\n",
            Markdown.toHtml("| a | b |\n|---|---|\n| 1 | 2 |\n", 1));
    }

    @Test void demotesHeadingsBelowThePageOutline() {
        assertEquals("<h3>Afsnit</h3>\n<h4>Under</h4>\n", Markdown.toHtml("# Afsnit\n## Under", 3));
    }

    @Test void dropsDataLinksAndImagesAndKeepsHttpMailtoAndRelativeOnes() {
        assertEquals("<p><a rel=\"nofollow\" href=\"\">a</a> <img src=\"\" alt=\"b\" /> "
                + "<a rel=\"nofollow\" href=\"mailto:x@example.org\">c</a> <a rel=\"nofollow\" href=\"../om/\">d</a> "
                + "<a rel=\"nofollow\" href=\"http://example.org\">e</a></p>\n",
            Markdown.toHtml("[a](data:text/html;base64,PHNjcmlwdD4=) ![b](data:image/svg+xml,x) [c](mailto:x@example.org) "
                + "[d](../om/) [e](http://example.org)", 1));
    }

    @Test void aTextNestedDeeperThanTheLimitIsFoundAtItsLineAndNeverRendered() {
        String quotes = "Indledning.\n\n" + ">".repeat(100_000) + " dybt\n";
        assertEquals(java.util.OptionalInt.of(3), Markdown.tooDeepAt(quotes));
        assertEquals(java.util.OptionalInt.of(1), Markdown.tooDeepAt("- ".repeat(10_000) + "x"));
        assertEquals(java.util.OptionalInt.of(1), Markdown.tooDeepAt("*".repeat(100) + "x" + "*".repeat(100)));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Markdown.toHtml(quotes, 1));
    }

    @Test void nestingUpToTheLimitRenders() {
        String nested = "> ".repeat(Markdown.MAX_NESTING - 2) + "inderst";
        assertEquals(java.util.OptionalInt.empty(), Markdown.tooDeepAt(nested));
        org.junit.jupiter.api.Assertions.assertTrue(Markdown.toHtml(nested, 1).contains("inderst"));
        assertEquals(java.util.OptionalInt.of(1), Markdown.tooDeepAt("> ".repeat(Markdown.MAX_NESTING) + "inderst"));
    }
}
