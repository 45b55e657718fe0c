/**
 * Open data (åbne data): the validated catalogue as JSON, CSV (plus Excel-friendly copies), SKOS
 * vocabularies, JSON Schemas, a Frictionless Data Package, a DCAT-AP description, SHA-256 checksums,
 * Atom feeds, the sitemap and robots.txt, and the pages that document them. Every file is a pure
 * function of the catalogue, the site settings and the release id, so rebuilds are byte-identical.
 */
package dk.indsatskatalog.export;
