package dk.indsatskatalog.model;

import java.util.List;

/** What the sources say about cost; kroner figures only when a source states them (else null). */
public record Cost(String text, Long minDkk, Long maxDkk, List<Source> sources) {
    public Cost { sources = List.copyOf(sources); }
}
