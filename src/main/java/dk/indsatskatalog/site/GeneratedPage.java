package dk.indsatskatalog.site;

/**
 * A page made from the catalogue rather than from a content file: rendered by JBake's renderer with
 * the template that {@code jbake.properties} names for {@code type}, at {@code uri} (an output file
 * path such as {@code indsatser/x/historik/index.html}), with {@code model} as the template's {@code page}.
 */
public record GeneratedPage(String type, String uri, Object model) {}
