package dk.indsatskatalog.model;

import java.util.Objects;

/**
 * Effektområde: what a finding is about. {@code measuresEffect} is false for domains that record
 * delivery or take-up rather than change in people's lives; their findings are reach, assessment or experience.
 */
public record OutcomeDomain(Term term, boolean measuresEffect) {
    public OutcomeDomain { Objects.requireNonNull(term, "term"); }
    public String code() { return term.code(); }
    public String label() { return term.label(); }
}
