/**
 * Rendering: every HTML page, made once from the catalogue as a page record and written through its
 * {@code .ftlh} template ({@link dk.indsatskatalog.render.PageTemplates}: Freemarker with HTML
 * auto-escaping). Free pages and the asset copy come from a {@link dk.indsatskatalog.render.SiteToolkit},
 * which JBake provides in {@code render.jbake}, the only package that names JBake. Templates see page
 * records, never YAML documents.
 */
package dk.indsatskatalog.render;
