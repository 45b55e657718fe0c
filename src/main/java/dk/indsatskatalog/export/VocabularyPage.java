package dk.indsatskatalog.export;

import dk.indsatskatalog.site.UrlPaths;

import java.util.List;

/** The HTML page behind a vocabulary's URI (terms are fragments on it), or the index of all vocabularies. */
public record VocabularyPage(String path, String title, Vocabulary vocabulary, String jsonPath, String turtlePath,
                             List<DataPage.VocabularyDoc> all) {
    /** The listing of a term's entries (themes, target groups, levels and the flag), or null for a vocabulary without listings. */
    public String listingPath(Vocabulary.Term term) {
        return switch (vocabulary.id()) {
            case "temaer" -> UrlPaths.theme(term.code());
            case "maalgrupper" -> UrlPaths.targetGroup(term.code());
            case "evidensniveauer" -> term.number() != null && term.number() == 0 ? UrlPaths.NO_EFFECT
                : term.number() == null ? null : UrlPaths.level(term.number());
            default -> null;
        };
    }
}
