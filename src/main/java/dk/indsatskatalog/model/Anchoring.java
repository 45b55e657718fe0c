package dk.indsatskatalog.model;

import java.util.List;

/** Forankring: one route by which the intervention lives on after project money ends, and how. */
public record Anchoring(Term strategy, String how, List<Source> sources) {
    public Anchoring { sources = List.copyOf(sources); }
}
