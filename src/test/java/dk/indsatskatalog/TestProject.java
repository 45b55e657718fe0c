package dk.indsatskatalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A throwaway project folder for tests: the real taxonomies, pages, templates, assets and
 * configuration, plus only the entry files a test puts in and the sources they cite.
 */
public final class TestProject {
    /** The repository itself (Maven runs tests from the project folder). */
    public static final Path REPOSITORY = Path.of("").toAbsolutePath();
    public static final Path FIXTURES = REPOSITORY.resolve("src/test/resources/fixtures/entries");
    public static final Path SOURCE_FIXTURES = REPOSITORY.resolve("src/test/resources/fixtures/sources");
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

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
            Files.createDirectories(dir.resolve("content/kilder"));
            return new TestProject(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dir() { return dir; }

    public Path entries() { return dir.resolve("content/interventions"); }

    public Path sources() { return dir.resolve("content/kilder"); }

    /** Copies fixture {@code name}.yml into the project's entries, with the fixture sources it cites. */
    public TestProject withFixture(String name) {
        return withEntry(name + ".yml", fixtureText(name));
    }

    /** Writes an entry file with the given text, and copies the fixture sources whose ids it mentions. */
    public TestProject withEntry(String fileName, String text) {
        try {
            Files.writeString(entries().resolve(fileName), text);
            Matcher words = WORD.matcher(text);
            while (words.find()) {
                Path source = SOURCE_FIXTURES.resolve(words.group() + ".yml");
                if (Files.isRegularFile(source) && !Files.exists(sources().resolve(source.getFileName()))) withSource(words.group());
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies source fixture {@code id}.yml into the project's register, with the source it reports on. */
    public TestProject withSource(String id) {
        try {
            String text = Files.readString(SOURCE_FIXTURES.resolve(id + ".yml"));
            Files.writeString(sources().resolve(id + ".yml"), text);
            Matcher reportsOn = Pattern.compile("(?m)^reportsOn: (\\S+)$").matcher(text);
            if (reportsOn.find() && Files.isRegularFile(SOURCE_FIXTURES.resolve(reportsOn.group(1) + ".yml"))
                && !Files.exists(sources().resolve(reportsOn.group(1) + ".yml"))) withSource(reportsOn.group(1));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a source file with the given text. */
    public TestProject withSourceText(String id, String text) {
        try {
            Files.writeString(sources().resolve(id + ".yml"), text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a real entry from the repository, without its related links (the others are not in this project). */
    public TestProject withRealEntry(String slug) {
        try {
            String text = Files.readString(REPOSITORY.resolve("content/interventions/" + slug + ".yml"));
            Path register = REPOSITORY.resolve("content/kilder");
            try (Stream<Path> files = Files.list(register)) {
                for (Path source : files.toList()) {
                    String id = source.getFileName().toString().replaceAll("\\.yml$", "");
                    if (Pattern.compile("[\\[ ,]" + Pattern.quote(id) + "[\\], \\n]").matcher(text).find()) copyRealSource(register, id);
                }
            }
            return withEntry(slug + ".yml", text.replaceAll("(?m)^related: .*$", "related: []"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real source and the study it reports on. */
    private void copyRealSource(Path register, String id) throws IOException {
        String text = Files.readString(register.resolve(id + ".yml"));
        Files.writeString(sources().resolve(id + ".yml"), text);
        Matcher reportsOn = Pattern.compile("(?m)^reportsOn: (\\S+)$").matcher(text);
        if (reportsOn.find()) copyRealSource(register, reportsOn.group(1));
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
