/**
 * Loading: reads entry and taxonomy YAML into lenient, positioned document records. Every
 * syntax, shape and guard failure becomes a {@link dk.indsatskatalog.problem.Problem} with
 * file:line:column; nothing here throws for bad content.
 */
package dk.indsatskatalog.load;
