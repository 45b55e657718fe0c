/**
 * The catalogue diff: what a pull request does to the catalogue compared with a commit (entries
 * added, removed and changed, every change of evidence level with its logged reason), as Markdown
 * for the {@code changes} command.
 */
package dk.indsatskatalog.changes;
