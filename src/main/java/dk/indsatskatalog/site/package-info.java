/**
 * What the stages share about the site being built: its settings and build facts
 * ({@link dk.indsatskatalog.site.SiteInfo}, with the content's history and the review schedule), its
 * addresses ({@link dk.indsatskatalog.site.UrlPaths}), the Content-Security-Policy, the hooks a
 * feature plugs into ({@link dk.indsatskatalog.site.PageContributor} for pages,
 * {@link dk.indsatskatalog.site.OutputStage} for files), page variables and script-safe JSON-LD.
 * Imports only the model.
 */
package dk.indsatskatalog.site;
