package dk.indsatskatalog.validate;

import dk.indsatskatalog.load.TextChecks;
import dk.indsatskatalog.problem.Problem;
import dk.indsatskatalog.problem.ProblemCode;
import dk.indsatskatalog.problem.SourcePosition;
import dk.indsatskatalog.site.PageVariables;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
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
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path page : files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList()) {
                    Path shown = contentDir.getParent().relativize(page);
                    try {
                        pageText(Files.readString(page), shown, variables, problems);
                    } catch (IOException e) {
                        problems.add(Problem.of(SourcePosition.startOf(shown), "", ProblemCode.CANNOT_READ_PAGE));
                    }
                }
            } catch (IOException e) {
                problems.add(Problem.of(SourcePosition.startOf(contentDir.getParent().relativize(dir)), "", ProblemCode.CANNOT_LIST, e.getMessage()));
            }
        }
        Path project = contentDir.getParent();
        placeholders(project, project.resolve("jbake.properties"), problems);
        Path templates = project.resolve("templates");
        if (Files.isDirectory(templates)) {
            try (Stream<Path> files = Files.walk(templates)) {
                for (Path t : files.filter(f -> f.getFileName().toString().endsWith(".ftlh") && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                    placeholders(project, t, problems);
                }
            } catch (IOException e) {
                problems.add(Problem.of(SourcePosition.startOf(project.relativize(templates)), "", ProblemCode.CANNOT_LIST, e.getMessage()));
            }
        }
        return problems;
    }

    /**
     * A free page's Markdown: internal words, placeholders and variables that have no value, each at its
     * line and column ({@code known}: the variables pages may use).
     */
    static void pageText(String markdown, Path shown, Set<String> known, List<Problem> problems) {
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String lower = lines[i].toLowerCase(Locale.ROOT);
            for (String word : TextChecks.INTERNAL_WORDS) {
                int at = lower.indexOf(word);
                if (at >= 0) problems.add(Problem.of(new SourcePosition(shown, i + 1, at + 1), "", ProblemCode.INTERNAL_WORD, word));
            }
            Matcher variable = PageVariables.VARIABLE.matcher(lines[i]);
            while (variable.find()) {
                if (!known.contains(variable.group(1))) {
                    problems.add(Problem.of(new SourcePosition(shown, i + 1, variable.start() + 1), "", ProblemCode.PAGE_VARIABLE_UNKNOWN,
                        variable.group(1), String.join(", ", new TreeSet<>(known))));
                }
            }
            Matcher placeholder = TextChecks.PLACEHOLDER.matcher(PageVariables.VARIABLE.matcher(lines[i]).replaceAll(""));
            if (placeholder.find()) {
                problems.add(Problem.of(new SourcePosition(shown, i + 1, lines[i].indexOf(placeholder.group()) + 1), "",
                    ProblemCode.PLACEHOLDER_TEXT, placeholder.group()));
            }
        }
    }

    /** Placeholder text in a template or the settings, at its line (links and unreadable files are reported elsewhere). */
    private static void placeholders(Path project, Path file, List<Problem> problems) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return;
        String[] lines;
        try {
            lines = Files.readString(file).split("\n", -1);
        } catch (IOException e) {
            return;
        }
        for (int i = 0; i < lines.length; i++) {
            // Freemarker's own ${…} and comments are code; only literal text can reach a reader.
            Matcher m = TextChecks.PLACEHOLDER.matcher(lines[i]);
            if (m.find() && !m.group().startsWith("{{")) {
                problems.add(Problem.of(new SourcePosition(project.relativize(file), i + 1, m.start() + 1), "",
                    ProblemCode.PLACEHOLDER_TEXT, m.group()));
            }
        }
    }
}
