/**
 * The index stage: Lucene analyses the catalogue (Danish folding, stop words, compound splitting,
 * synonyms, Snowball stemming) and scores every posting with BM25; {@link dk.indsatskatalog.index.StaticIndexWriter}
 * exports terms, weighted postings, a small document store and facet bits as static files that the
 * browser fetches shard by shard. {@link dk.indsatskatalog.index.SearchIndexer} is the pipeline's entry point.
 */
package dk.indsatskatalog.index;
