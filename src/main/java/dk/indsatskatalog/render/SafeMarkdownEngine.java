package dk.indsatskatalog.render;

import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

/**
 * JBake markup engine for free pages ({@code .md} with JBake's {@code key=value} header). Uses
 * {@link Markdown}, so raw HTML in a page is shown as text, as in entries; JBake's own Markdown
 * engine would pass it through.
 */
final class SafeMarkdownEngine extends MarkupEngine {
    @Override
    public void processBody(ParserContext context) {
        context.setBody(Markdown.toHtml(context.getBody(), 1));
    }
}
