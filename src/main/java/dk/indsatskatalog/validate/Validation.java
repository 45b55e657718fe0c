package dk.indsatskatalog.validate;

import dk.indsatskatalog.load.Problem;
import dk.indsatskatalog.model.Catalogue;

import java.util.List;

/** The outcome of validation: the catalogue when there are no problems, else the sorted problems. */
public record Validation(Catalogue catalogue, List<Problem> problems) {
    public Validation {
        problems = problems.stream().sorted().distinct().toList();
        if (!problems.isEmpty()) catalogue = null;
    }

    public boolean ok() { return problems.isEmpty(); }
}
