/**
 * What can be wrong with an input file, and where: {@link dk.indsatskatalog.problem.Problem}s with a
 * stable {@link dk.indsatskatalog.problem.ProblemCode} (Danish message and hint in
 * {@code problems.properties}), {@link dk.indsatskatalog.problem.SourcePosition}s and the
 * field-path {@link dk.indsatskatalog.problem.PositionIndex}, and reading input files without ever
 * following a link ({@link dk.indsatskatalog.problem.InputFiles}); and {@link dk.indsatskatalog.problem.Messages}, the
 * Danish message bundles (problems, pages, tables, field descriptions). Shared by every stage; imports only the JDK.
 */
package dk.indsatskatalog.problem;
