package dk.indsatskatalog.load;

/**
 * One source file in the register ({@code content/kilder/<id>.yml}) as an editor wrote it: lenient,
 * filled by Jackson after {@link ShapeCheck}. The file name is the id. Only the validator reads it.
 */
public record SourceDocument(
    @Required String kind,
    String title,
    String description,
    @Required String authors,
    String publisher,
    @Required(nullAllowed = true) Integer year,
    String url,
    String design,
    Boolean designVerified,
    String designBasis,
    @Required String country,
    @Required String setting,
    String population,
    String sample,
    String programme,
    String reportsOn,
    String note) {}
