package dk.indsatskatalog.render;

/** A vocabulary term (or level) with its listing page and how many entries it has. */
public record TermCount(String code, String label, String description, String path, int count) {}
