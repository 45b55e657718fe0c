package dk.indsatskatalog.model;

import java.util.List;

/** Where the intervention is used (kommune and area), with the sources that say so. */
public record Place(String municipality, String area, List<Source> sources) {
    public Place { sources = List.copyOf(sources); }
}
