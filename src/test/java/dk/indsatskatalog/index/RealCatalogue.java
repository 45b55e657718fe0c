package dk.indsatskatalog.index;

import dk.indsatskatalog.TestProject;
import dk.indsatskatalog.load.CatalogueLoader;
import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.validate.Validation;
import dk.indsatskatalog.validate.Validator;

import java.nio.file.Path;

/** The repository's own catalogue, validated once per test run. */
final class RealCatalogue {
    static final Path CONTENT = TestProject.REPOSITORY.resolve("content");
    private static Catalogue catalogue;

    private RealCatalogue() {}

    static synchronized Catalogue get() {
        if (catalogue == null) {
            Validation checked = new Validator().validate(new CatalogueLoader().load(CONTENT));
            if (!checked.ok()) throw new IllegalStateException("the real catalogue has problems: " + checked.problems());
            catalogue = checked.catalogue();
        }
        return catalogue;
    }
}
