/**
 * History: reads what git knows about the content through the git command line, once per build
 * ({@link dk.indsatskatalog.history.GitHistory}: the commit, the commits per entry file, the
 * content's latest commit date, as a {@link dk.indsatskatalog.model.ContentHistory}), and the content
 * at an earlier commit ({@link dk.indsatskatalog.history.ContentAtRef}). Everything here degrades to
 * "no history" when git, the repository or its full history is not there, so a build from a plain
 * folder or a shallow clone still succeeds.
 */
package dk.indsatskatalog.history;
