package dk.indsatskatalog.model;

import java.util.Objects;

/** One code of a controlled vocabulary (målgruppe, tema, effektområde, forankringsstrategi …). */
public record Term(String code, LocalizedText name, String description) {
    public Term { Objects.requireNonNull(code, "code"); Objects.requireNonNull(name, "name"); }
    public String label() { return name.da(); }
}
