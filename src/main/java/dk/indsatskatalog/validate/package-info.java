/**
 * Validation: turns loaded documents into the typed {@link dk.indsatskatalog.model.Catalogue},
 * applying every rule and the evidence {@link dk.indsatskatalog.validate.Rubric}. Collects all
 * problems instead of stopping at the first; never throws for bad content.
 */
package dk.indsatskatalog.validate;
