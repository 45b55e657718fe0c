/** The command line: {@code build}, {@code validate} and {@code serve}, one small class each. */
package dk.indsatskatalog.cli;
