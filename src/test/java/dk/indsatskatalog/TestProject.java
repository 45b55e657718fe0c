package dk.indsatskatalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * A throwaway project folder for tests: the real taxonomies, pages, templates, assets and
 * configuration, plus only the entry files a test puts in.
 */
public final class TestProject {
    /** The repository itself (Maven runs tests from the project folder). */
    public static final Path REPOSITORY = Path.of("").toAbsolutePath();
    public static final Path FIXTURES = REPOSITORY.resolve("src/test/resources/fixtures/entries");

    private final Path dir;

    private TestProject(Path dir) { this.dir = dir; }

    public static TestProject create(Path tempDir) {
        try {
            Path dir = tempDir.resolve("project");
            copyTree(REPOSITORY.resolve("content/taxonomies"), dir.resolve("content/taxonomies"));
            copyTree(REPOSITORY.resolve("content/pages"), dir.resolve("content/pages"));
            copyTree(REPOSITORY.resolve("templates"), dir.resolve("templates"));
            copyTree(REPOSITORY.resolve("assets"), dir.resolve("assets"));
            Files.copy(REPOSITORY.resolve("jbake.properties"), dir.resolve("jbake.properties"));
            Files.createDirectories(dir.resolve("content/interventions"));
            return new TestProject(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dir() { return dir; }

    public Path entries() { return dir.resolve("content/interventions"); }

    /** Copies fixture {@code name}.yml into the project's entries. */
    public TestProject withFixture(String name) {
        try {
            Files.copy(FIXTURES.resolve(name + ".yml"), entries().resolve(name + ".yml"), StandardCopyOption.REPLACE_EXISTING);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes an entry file with the given text. */
    public TestProject withEntry(String fileName, String text) {
        try {
            Files.writeString(entries().resolve(fileName), text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a real entry from the repository, without its related links (the others are not in this project). */
    public TestProject withRealEntry(String slug) {
        try {
            String text = Files.readString(REPOSITORY.resolve("content/interventions/" + slug + ".yml"));
            return withEntry(slug + ".yml", text.replaceAll("(?m)^related: .*$", "related: []"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String fixtureText(String name) {
        try {
            return Files.readString(FIXTURES.resolve(name + ".yml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) Files.createDirectories(target);
                else Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
