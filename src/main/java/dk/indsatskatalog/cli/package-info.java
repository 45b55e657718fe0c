/**
 * The command line: {@code build}, {@code validate}, {@code serve}, {@code new}, {@code changes},
 * {@code schema} and {@code explain}, one small class each, listed in {@link dk.indsatskatalog.cli.Main}.
 */
package dk.indsatskatalog.cli;
