/**
 * Rendering: all contact with JBake. Entries and Markdown pages are parsed by JBake parser
 * engines into its content store, then every document is rendered once through JBake's
 * {@link org.jbake.app.Renderer} and the project's Freemarker engine ({@code .ftlh}, HTML
 * auto-escaping). Templates see page records, never YAML documents.
 */
package dk.indsatskatalog.render;
