package dk.indsatskatalog.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * What rendering takes from a static-site generator: free pages in its header format
 * ({@code title=…}, {@code type=…}, {@code status=…}, {@code ~~~~~~}, then Markdown) and the copy of
 * {@code assets/}. JBake provides both ({@link dk.indsatskatalog.render.jbake.JBakeToolkit}); no other
 * class names JBake, and templates are rendered by {@link PageTemplates}.
 */
public interface SiteToolkit {
    /** A free page as its header and body say: the title, the page type and the body as sanitised HTML. */
    record Page(String title, String type, String html) {}

    /** Reads a free page; {@code variables} fill its {@code {{key}}} placeholders. */
    Page page(Path file, Map<String, String> variables) throws IOException;

    /** Copies every file in {@code assets/} into {@code siteDir}, keeping the folders. */
    void copyAssets(Path siteDir) throws IOException;
}
