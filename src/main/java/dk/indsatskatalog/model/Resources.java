package dk.indsatskatalog.model;

import java.util.List;
import java.util.Objects;

/** What it takes to run the intervention; null fields were not found in the sources. */
public record Resources(String deliveredBy, String staffing, String duration, CostBand costBand, Cost cost,
                        List<Source> sources) {
    public Resources {
        Objects.requireNonNull(costBand, "costBand");
        sources = List.copyOf(sources);
    }
}
