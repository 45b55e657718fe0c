package dk.indsatskatalog.validate;

import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.problem.Problem;

import java.util.List;

/**
 * The outcome of validation: the catalogue when there are no problems, else the sorted problems.
 * {@code valid} holds the entries that passed on their own even when others did not, so an editor can
 * see how an entry is rated while the rest of the catalogue is being fixed.
 */
public record Validation(Catalogue catalogue, List<Problem> problems, List<Intervention> valid) {
    public Validation {
        problems = problems.stream().sorted().distinct().toList();
        if (!problems.isEmpty()) catalogue = null;
        valid = List.copyOf(valid);
    }

    public Validation(Catalogue catalogue, List<Problem> problems) {
        this(catalogue, problems, catalogue == null ? List.of() : catalogue.interventions());
    }

    public boolean ok() { return problems.isEmpty(); }
}
