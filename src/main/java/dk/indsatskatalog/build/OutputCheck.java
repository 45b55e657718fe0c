package dk.indsatskatalog.build;

import dk.indsatskatalog.load.TextChecks;
import dk.indsatskatalog.problem.Problem;
import dk.indsatskatalog.problem.ProblemCode;
import dk.indsatskatalog.problem.SourcePosition;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * The last gate before a site is swapped in: no page or data file may carry placeholder text or an
 * internal working word, wherever it came from (a template, a setting, content). Validation catches
 * these in content at their line; this catches the rest, at the output file's line.
 *
 * <p>A site at 10,000 entries is over a gigabyte of text, so files are read line by line, and each
 * line is judged first by plain searches in its text, ignoring case, for words every placeholder and
 * internal word contains ({@link TextChecks#PLACEHOLDER_WORDS}), without copying it; only a line with
 * such a word meets the full pattern. Files are independent and checked in parallel; problems come out in file order.
 */
final class OutputCheck {
    /** Files readers and data users see; the search index and assets are built from checked content. */
    private static final Set<String> TEXT_FILES = Set.of("html", "xml", "ttl", "csv", "json", "txt");

    private OutputCheck() {}

    static List<Problem> problems(Path site) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile).filter(f -> isText(site, f)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files.parallelStream().flatMap(file -> {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return problems(site.relativize(file), in).stream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    /** The problems in one file's text, read line by line (a data file can be hundreds of megabytes), at {@code shown}. */
    static List<Problem> problems(Path shown, Reader text) throws IOException {
        List<Problem> problems = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        char[] buffer = new char[1 << 16];
        int lineNumber = 1;
        for (int n; (n = text.read(buffer)) >= 0; ) {
            int start = 0; // of the part of the current line in this buffer, copied in one go
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    line.append(buffer, start, i - start);
                    if (TextChecks.mayHavePlaceholderOrInternalWord(line)) check(shown, lineNumber, line.toString(), problems);
                    lineNumber++;
                    line.setLength(0);
                    start = i + 1;
                }
            }
            line.append(buffer, start, n - start);
        }
        if (TextChecks.mayHavePlaceholderOrInternalWord(line)) check(shown, lineNumber, line.toString(), problems);
        return problems;
    }

    private static void check(Path shown, int lineNumber, String line, List<Problem> problems) {
        String lower = line.toLowerCase(Locale.ROOT);
        Matcher placeholder = TextChecks.PLACEHOLDER.matcher(line);
        if (placeholder.find()) {
            problems.add(Problem.of(new SourcePosition(shown, lineNumber, placeholder.start() + 1), "",
                ProblemCode.PLACEHOLDER_IN_OUTPUT, placeholder.group()));
        }
        for (String word : TextChecks.INTERNAL_WORDS) {
            int at = lower.indexOf(word);
            if (at >= 0) problems.add(Problem.of(new SourcePosition(shown, lineNumber, at + 1), "", ProblemCode.INTERNAL_WORD_IN_OUTPUT, word));
        }
    }

    private static boolean isText(Path site, Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && TEXT_FILES.contains(name.substring(dot + 1)) && !site.relativize(file).startsWith("search");
    }
}
