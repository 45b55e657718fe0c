/**
 * The JBake adapter: the only package that imports JBake. JBake reads free pages in its header
 * format (through its {@link org.jbake.parser.MarkupEngine}, with the project's sanitising Markdown
 * for the body) and copies the assets. Its configuration is built in memory from JBake's own
 * defaults and the project's folders, never by reading {@code jbake.properties} a second time;
 * nothing is registered globally and no content store (OrientDB) is started.
 */
package dk.indsatskatalog.render.jbake;
