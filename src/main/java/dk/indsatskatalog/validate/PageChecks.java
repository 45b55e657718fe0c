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
 * {@code {{variable}}} without a value, each reported at its line, so validate catches what would
 * otherwise only show on the published page.
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
        return problems;
    }
}
