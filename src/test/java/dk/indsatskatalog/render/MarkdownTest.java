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
}
