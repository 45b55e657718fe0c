package dk.indsatskatalog.content;

import dk.indsatskatalog.TestProject;
import dk.indsatskatalog.build.Pipeline;
import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.model.Term;
import dk.indsatskatalog.validate.Validation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks the real catalogue in content/. Every rule an editor can break in one entry or between
 * entries (English texts, search words, a place or a knowledge gap, studies behind every outcome,
 * related links both ways, one title per source URL) is the validator's, so it is asserted here
 * through {@code validate} having no problems, and gets a file:line annotation on a pull request;
 * what remains below are whole-catalogue properties no single edit breaks.
 */
class RealCatalogueTest {
    private static Catalogue catalogue;

    @BeforeAll static void load() {
        try (Pipeline pipeline = new Pipeline(TestProject.REPOSITORY)) {
            Validation validation = pipeline.validate();
            assertEquals(List.of(), validation.problems().stream().map(Object::toString).toList());
            catalogue = validation.catalogue();
        }
    }

    /** Every entry file became an intervention (41 at the start; editors add more by pull request). */
    @Test void theCatalogueHoldsEveryEntryFile() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(TestProject.REPOSITORY.resolve("content/interventions"))) {
            long count = files.filter(f -> f.getFileName().toString().endsWith(".yml")).count();
            assertTrue(count >= 41, "the catalogue started with 41 entries: " + count);
            assertEquals(count, catalogue.interventions().size());
        }
    }

    @Test void everyThemeAndTargetGroupIsUsed() {
        assertEquals(List.of(), unused(catalogue.taxonomies().themes(), Intervention::themes));
        assertEquals(List.of(), unused(catalogue.taxonomies().targetGroups(), Intervention::targetGroups));
    }

    private static List<String> unused(List<Term> terms, Function<Intervention, List<Term>> of) {
        Set<Term> used = catalogue.interventions().stream().flatMap(i -> of.apply(i).stream()).collect(Collectors.toSet());
        return terms.stream().filter(t -> !used.contains(t)).map(Term::code).toList();
    }
}
