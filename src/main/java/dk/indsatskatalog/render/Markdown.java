package dk.indsatskatalog.render;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.List;

/**
 * Markdown to safe HTML for editor text. Raw HTML is escaped (shown as text) and link targets
 * other than http(s), mailto and relative ones are dropped, so editor text cannot inject script.
 */
public final class Markdown {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
        .extensions(EXTENSIONS)
        .escapeHtml(true)
        .sanitizeUrls(true)
        // Tables scroll sideways on narrow screens (.ik-prose table): a scrollable region must be
        // reachable by keyboard (WCAG 2.1.1), so tables take focus.
        .attributeProviderFactory(context -> (node, tagName, attributes) -> {
            if (node instanceof TableBlock) attributes.put("tabindex", "0");
        })
        .build();

    private Markdown() {}

    /** Renders {@code markdown}, demoting headings so the shallowest is {@code topHeading} (keeps the page outline). */
    public static String toHtml(String markdown, int topHeading) {
        if (markdown == null || markdown.isBlank()) return "";
        Node document = PARSER.parse(markdown);
        int shift = topHeading - 1;
        if (shift > 0) {
            document.accept(new AbstractVisitor() {
                @Override public void visit(Heading heading) {
                    heading.setLevel(Math.min(6, heading.getLevel() + shift));
                    visitChildren(heading);
                }
            });
        }
        return RENDERER.render(document);
    }
}
