/**
 * JSON Schemas: {@link dk.indsatskatalog.schema.ContentSchemas} generates the schemas editors' tools
 * read for content files ({@code schema/*.schema.json}, from the document records and the validator's
 * rules; the {@code schema} command writes them), and {@link dk.indsatskatalog.schema.DataSchemas}
 * holds the hand-written schemas of the published open data.
 */
package dk.indsatskatalog.schema;
