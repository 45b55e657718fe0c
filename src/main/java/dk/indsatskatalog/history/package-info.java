/**
 * History: reads what git knows about the content (commits per entry file, the content's latest
 * commit date, the catalogue at an earlier commit) through the git command line. Everything here
 * degrades to "no history" when git, the repository or its full history is not there, so a build
 * from a plain folder or a shallow clone still succeeds.
 */
package dk.indsatskatalog.history;
