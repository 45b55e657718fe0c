/** The command line: {@code build}, {@code validate}, {@code serve}, {@code new}, {@code changes} and {@code schema}, one small class each. */
package dk.indsatskatalog.cli;
