package dk.indsatskatalog.render;

import dk.indsatskatalog.model.Intervention;

import java.util.List;

/**
 * A static list of entries (all, a theme, a target group, a level) that works without JavaScript;
 * {@code docs} numbers its cards for the filters that JavaScript adds.
 */
public record ListingPage(String path, String title, String intro, String kind, List<Intervention> entries,
                          List<TermCount> siblings, SearchDocNumbers docs) {}
