package dk.indsatskatalog.validate;

import dk.indsatskatalog.load.Problem;
import dk.indsatskatalog.load.ProblemCode;
import dk.indsatskatalog.load.SourcePosition;
import dk.indsatskatalog.load.TextChecks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The free pages in {@code content/pages/}: no internal working words, no placeholder text and no
 * {@code {{variable}}} without a value, each reported at its line; and no placeholder text in the
 * templates or the settings (the publisher's name, say). So validate catches what the build's last
 * check ({@code build.OutputCheck}) would otherwise only find in the output.
 */
public final class PageChecks {
    private PageChecks() {}

    /** Problems in every page, with paths relative to the project folder. */
    public static List<Problem> problems(Path contentDir, Set<String> variables) {
        Path dir = contentDir.resolve("pages");
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) return problems;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path page : files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList()) {
                Path shown = contentDir.getParent().relativize(page);
                try {
                    TextChecks.pageText(Files.readString(page), shown, variables, problems);
                } catch (IOException e) {
                    problems.add(Problem.of(SourcePosition.startOf(shown), "", ProblemCode.CANNOT_READ_PAGE));
                }
            }
        } catch (IOException e) {
            problems.add(Problem.of(SourcePosition.startOf(contentDir.getParent().relativize(dir)), "", ProblemCode.CANNOT_LIST, e.getMessage()));
        }
        Path project = contentDir.getParent();
        placeholders(project, project.resolve("jbake.properties"), problems);
        Path templates = project.resolve("templates");
        if (Files.isDirectory(templates)) {
            try (Stream<Path> files = Files.walk(templates)) {
                for (Path t : files.filter(f -> f.getFileName().toString().endsWith(".ftlh") && Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                    placeholders(project, t, problems);
                }
            } catch (IOException e) {
                problems.add(Problem.of(SourcePosition.startOf(project.relativize(templates)), "", ProblemCode.CANNOT_LIST, e.getMessage()));
            }
        }
        return problems;
    }

    /** Placeholder text in a template or the settings, at its line (links and unreadable files are reported elsewhere). */
    private static void placeholders(Path project, Path file, List<Problem> problems) {
        if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        String[] lines;
        try {
            lines = Files.readString(file).split("\n", -1);
        } catch (IOException e) {
            return;
        }
        for (int i = 0; i < lines.length; i++) {
            // Freemarker's own ${…} and comments are code; only literal text can reach a reader.
            java.util.regex.Matcher m = TextChecks.PLACEHOLDER.matcher(lines[i]);
            if (m.find() && !m.group().startsWith("{{")) {
                problems.add(Problem.of(new SourcePosition(project.relativize(file), i + 1, m.start() + 1), "",
                    ProblemCode.PLACEHOLDER_TEXT, m.group()));
            }
        }
    }
}
