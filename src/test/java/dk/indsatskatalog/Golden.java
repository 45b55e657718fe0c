package dk.indsatskatalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Golden files: a whole output compared with a reviewed copy in {@code src/test/resources/golden/}.
 * Run with {@code -Dgolden.update=true} to write the current output instead, then review the diff like code.
 */
public final class Golden {
    public static final Path DIR = TestProject.REPOSITORY.resolve("src/test/resources/golden");

    private Golden() {}

    /** Asserts that {@code actual} (line endings normalised) equals the golden file {@code name}, or rewrites it. */
    public static void assertMatches(String name, String actual) {
        String normalised = actual.replace("\r\n", "\n");
        Path file = DIR.resolve(name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(DIR);
                Files.writeString(file, normalised, StandardCharsets.UTF_8);
                return;
            }
            String expected = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            assertEquals(expected, normalised, "golden file " + name + " differs; if the change is intended, run with"
                + " -Dgolden.update=true and review the diff");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
