package dk.indsatskatalog.load;

/**
 * One code in a taxonomy file; {@code rubricClass} and {@code comparison} are for study designs,
 * {@code number} for evidence levels, {@code measuresEffect} for outcome domains.
 */
public record TermDocument(@Required String code, @Required EntryDocument.LocalizedTextDocument name,
                           String description, String rubricClass, Boolean comparison, Integer number,
                           Boolean measuresEffect) {}
