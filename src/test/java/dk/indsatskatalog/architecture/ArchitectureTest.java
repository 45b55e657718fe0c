package dk.indsatskatalog.architecture;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The code keeps the package rules: no package uses one the rules do not allow. */
class ArchitectureTest {
    @Test void everyDependencyBetweenPackagesIsAllowed() {
        assertEquals(List.of(), PackageRules.violations(PackageRules.mainClasses(Path.of("target/classes"))));
    }
}
