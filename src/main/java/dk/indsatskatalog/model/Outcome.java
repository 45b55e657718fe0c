package dk.indsatskatalog.model;

import java.util.List;
import java.util.Objects;

/**
 * Fund: one finding of an entry, coded by what it reports ({@code kind}), whom it is about, what it is
 * evidence about ({@code scope}) and its direction, with the sources it cites and what the rubric made of it.
 */
public record Outcome(OutcomeDomain domain, FindingKind kind, Subject about, Scope scope, Direction direction,
                      String finding, List<Source> sources, Rating rating) {
    public Outcome {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(about, "about");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(rating, "rating");
        sources = List.copyOf(sources);
    }

    public EvidenceLevel level() { return rating.level(); }
}
