/**
 * The validated catalogue: immutable records and value ids that every later stage reads.
 * Imports only the JDK; the loader's lenient documents never reach past the validator.
 */
package dk.indsatskatalog.model;
