package dk.indsatskatalog.model;

import java.util.Objects;

/** Danish text with an optional English version ({@code en} may be null). */
public record LocalizedText(String da, String en) {
    public LocalizedText { Objects.requireNonNull(da, "da"); }
    public boolean hasEnglish() { return en != null && !en.isBlank(); }
}
