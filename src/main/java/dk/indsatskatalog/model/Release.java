package dk.indsatskatalog.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A release of the catalogue that changed evidence levels (ændringer i vurderingerne), newest first in the log. */
public record Release(LocalDate date, String title, String summary, List<LevelChange> changes) {
    public Release {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        changes = List.copyOf(changes);
    }
}
