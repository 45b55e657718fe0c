package dk.indsatskatalog.render.jbake;

import dk.indsatskatalog.render.Markdown;
import dk.indsatskatalog.site.PageVariables;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

import java.util.Map;

/**
 * JBake markup engine for free pages ({@code .md} with JBake's {@code key=value} header). Uses
 * {@link Markdown}, so raw HTML in a page is shown as text, as in entries; JBake's own Markdown
 * engine would pass it through. Called directly, never registered in JBake's global engine registry.
 */
final class SafeMarkdownEngine extends MarkupEngine {
    private final Map<String, String> variables;

    /** With the values of {@code {{key}}} variables in pages ({@link PageVariables}). */
    SafeMarkdownEngine(Map<String, String> variables) { this.variables = Map.copyOf(variables); }

    @Override
    public void processBody(ParserContext context) {
        context.setBody(Markdown.toHtml(PageVariables.fill(context.getBody(), variables), 1));
    }
}
