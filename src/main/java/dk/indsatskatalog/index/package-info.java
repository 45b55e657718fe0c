/**
 * The index stage: Lucene analyses the catalogue (Danish folding, stop words, compound splitting,
 * synonyms, Snowball stemming), with everyday words for needs from {@code content/search-words.yml},
 * and scores every posting with BM25; {@link dk.indsatskatalog.index.StaticIndexWriter} exports
 * terms, weighted postings, a small document store, facet and design bits, the evidence words and
 * the catalogue's own words ({@link dk.indsatskatalog.index.Lexicon}) as static files that the
 * browser fetches as a query needs them. {@link dk.indsatskatalog.index.SearchIndexer} is the
 * pipeline's entry point; {@link dk.indsatskatalog.index.EvidenceFacts#of} is the one place it reads
 * an entry's evidence.
 */
package dk.indsatskatalog.index;
