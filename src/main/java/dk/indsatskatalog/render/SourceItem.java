package dk.indsatskatalog.render;

import dk.indsatskatalog.model.Source;

/**
 * One source in an entry's numbered list, with what the template shows worked out: its name (the
 * title, or the editors' description in brackets), its kind and design in Danish, and where its
 * study was done ("Sverige", "flere lande").
 *
 * @param reportsOnNumber the number of the study this source reports on, or null
 */
public record SourceItem(int number, Source source, String name, boolean titled, String kind, String design,
                         String country, String setting, Integer reportsOnNumber) {}
