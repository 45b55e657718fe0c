package dk.indsatskatalog.render;

import dk.indsatskatalog.problem.Messages;

/** The Danish words of the pages made in Java (titles, introductions, marks), from {@code pages.properties}. */
final class PageTexts {
    private static final Messages TEXTS = Messages.of(PageTexts.class, "pages.properties");

    private PageTexts() {}

    static String get(String key, Object... args) { return TEXTS.get(key, args); }
}
