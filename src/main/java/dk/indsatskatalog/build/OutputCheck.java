package dk.indsatskatalog.build;

import dk.indsatskatalog.load.TextChecks;
import dk.indsatskatalog.problem.Problem;
import dk.indsatskatalog.problem.ProblemCode;
import dk.indsatskatalog.problem.SourcePosition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * The last gate before a site is swapped in: no page or data file may carry placeholder text or an
 * internal working word, wherever it came from (a template, a setting, content). Validation catches
 * these in content at their line; this catches the rest, at the output file's line.
 */
final class OutputCheck {
    /** Files readers and data users see; the search index and assets are built from checked content. */
    private static final Set<String> TEXT_FILES = Set.of("html", "xml", "ttl", "csv", "json", "txt");

    private OutputCheck() {}

    static List<Problem> problems(Path site) {
        List<Problem> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).filter(OutputCheck::isText).sorted().toList()) {
                Path shown = site.relativize(file);
                String[] lines = Files.readString(file).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    Matcher placeholder = TextChecks.PLACEHOLDER.matcher(lines[i]);
                    if (placeholder.find()) {
                        problems.add(Problem.of(new SourcePosition(shown, i + 1, placeholder.start() + 1), "",
                            ProblemCode.PLACEHOLDER_IN_OUTPUT, placeholder.group()));
                    }
                    String lower = lines[i].toLowerCase(java.util.Locale.ROOT);
                    for (String word : TextChecks.INTERNAL_WORDS) {
                        int at = lower.indexOf(word);
                        if (at >= 0) problems.add(Problem.of(new SourcePosition(shown, i + 1, at + 1), "", ProblemCode.INTERNAL_WORD_IN_OUTPUT, word));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && TEXT_FILES.contains(name.substring(dot + 1)) && !file.toString().contains("/search/");
    }
}
