package dk.indsatskatalog.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.indsatskatalog.model.LocalizedText;

import java.util.List;
import java.util.Objects;

/**
 * Kontrolleret vokabular as published: a scheme with a stable URI and its terms, each with a URI
 * (the scheme's page with the code as fragment), Danish and English labels and a definition.
 */
public record Vocabulary(String id, String uri, LocalizedText title, String description, List<Term> terms) {
    public Vocabulary {
        Objects.requireNonNull(id, "id");
        terms = List.copyOf(terms);
    }

    /**
     * One term. {@code number} is set for evidence levels (0 for the no-effect flag), {@code rubricClass}
     * and {@code comparison} for study designs, {@code measuresEffect} for outcome domains; absent elsewhere.
     */
    public record Term(String code, String uri, LocalizedText label, String description,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Integer number,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String rubricClass,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Boolean comparison,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Boolean measuresEffect) {
        public Term { Objects.requireNonNull(code, "code"); }
    }
}
