package dk.indsatskatalog.render;

import dk.indsatskatalog.load.YamlTreeReader;
import dk.indsatskatalog.model.Slug;
import dk.indsatskatalog.problem.InputFiles;
import dk.indsatskatalog.problem.Problem;
import dk.indsatskatalog.problem.ProblemCode;
import dk.indsatskatalog.problem.SourcePosition;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The free pages in {@code content/pages/}: which files are pages, and everything {@code validate}
 * must know so that rendering them cannot fail, escape the output or overwrite a generated page.
 * A page's file name is its address ({@code om.md} → {@code om/}), so it must be slug-shaped and
 * not the name of a folder the build writes itself; its JBake header needs a title, a type that
 * has a template (page or scale) and {@code status=published}; its Markdown must render.
 */
public final class FreePages {
    public static final String DIR = "content/pages";
    /** JBake's header ends at this line. */
    static final String HEADER_END = "~~~~~~";
    /** The page types the renderer renders; any other type would be stored and silently never written. */
    static final Set<String> TYPES = Set.of(SiteRenderer.PAGE_TYPE, SiteRenderer.SCALE_TYPE);
    /**
     * Top-level folders the build writes itself. A page of the same name would overwrite a
     * generated page or mix with generated files; {@code SiteRendererIT} holds this to a real build's output.
     */
    public static final Set<String> GENERATED = Set.of("indsatser", "temaer", "maalgrupper", "evidens", "soeg", "aabne-data",
        "data", "search", "redaktion", "vokabularer", "aendringer", "sammenlign", "evidenskort", "bidrag");

    private FreePages() {}

    /** The page files, in name order: every {@code *.md} directly in {@code content/pages/} that is a plain file. */
    public static List<Path> files(Path projectDir) throws IOException {
        Path dir = projectDir.resolve(DIR);
        if (!InputFiles.isPlainFolder(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md") && InputFiles.isPlainFile(f)).sorted().toList();
        }
    }

    /** True when a page of this name is written inside the output, where no generated page is. */
    static boolean isSafeName(String name) {
        return Slug.isWellFormed(name) && !InputFiles.isReservedOnWindows(name) && !GENERATED.contains(name);
    }

    /** Every problem with the free pages, each at its file and line. */
    public static List<Problem> problems(Path projectDir) {
        Path project = projectDir.toAbsolutePath().normalize();
        Path dir = project.resolve(DIR);
        List<Problem> problems = new ArrayList<>();
        if (!InputFiles.isPlainFolder(dir)) return problems;
        Set<String> assets = assetNames(project);
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path f : entries.sorted().toList()) {
                String fileName = f.getFileName().toString();
                SourcePosition start = SourcePosition.startOf(project.relativize(f));
                if (InputFiles.problem(project, f) != null) continue; // a link or special file: InputFiles reports it
                if (InputFiles.isPlainFolder(f)) {
                    problems.add(Problem.of(start, "", ProblemCode.NOT_A_PAGE_FILE));
                } else if (!fileName.endsWith(".md")) {
                    if (!fileName.startsWith(".")) problems.add(Problem.of(start, "", ProblemCode.NOT_A_PAGE_FILE));
                } else {
                    problems.addAll(pageProblems(project, f, assets));
                }
            }
        } catch (IOException e) {
            problems.add(Problem.of(SourcePosition.startOf(project.relativize(dir)), "", ProblemCode.CANNOT_LIST, e.getClass().getSimpleName()));
        }
        return problems;
    }

    private static List<Problem> pageProblems(Path project, Path file, Set<String> assets) {
        Path shown = project.relativize(file);
        SourcePosition start = SourcePosition.startOf(shown);
        String base = file.getFileName().toString().replaceAll("\\.md$", "");
        List<Problem> problems = new ArrayList<>();
        if (!Slug.isWellFormed(base)) {
            problems.add(Problem.of(start, "", ProblemCode.PAGE_NAME_ILL_FORMED, base));
        } else if (InputFiles.isReservedOnWindows(base)) {
            problems.add(Problem.of(start, "", ProblemCode.RESERVED_FILE_NAME, base));
        } else if (GENERATED.contains(base) || assets.contains(base)) {
            problems.add(Problem.of(start, "", ProblemCode.PAGE_NAME_TAKEN, base));
        }
        String text;
        try {
            byte[] bytes = InputFiles.read(file);
            if (bytes.length > YamlTreeReader.MAX_FILE_BYTES) {
                problems.add(Problem.of(start, "", ProblemCode.FILE_TOO_LARGE, bytes.length, YamlTreeReader.MAX_FILE_BYTES));
                return problems;
            }
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(Problem.of(start, "", ProblemCode.NOT_UTF8));
            return problems;
        } catch (IOException e) {
            problems.add(Problem.of(start, "", ProblemCode.CANNOT_READ, e.getClass().getSimpleName()));
            return problems;
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<String> lines = text.lines().toList();
        int end = lines.indexOf(HEADER_END);
        if (end < 0) {
            problems.add(Problem.of(start, "", ProblemCode.PAGE_HEADER_MISSING));
            return problems;
        }
        Map<String, String> header = new HashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        for (int i = 0; i < end; i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            int eq = line.indexOf('=');
            if (eq < 0) {
                problems.add(Problem.of(new SourcePosition(shown, i + 1, 1), "", ProblemCode.PAGE_HEADER_LINE, line.strip()));
                continue;
            }
            String key = line.substring(0, eq).strip();
            header.put(key, line.substring(eq + 1).strip());
            lineOf.put(key, i + 1);
        }
        SourcePosition headerEnd = new SourcePosition(shown, end + 1, 1);
        String title = header.get("title");
        if (title == null || title.isBlank()) {
            problems.add(Problem.of(lineOf.containsKey("title") ? new SourcePosition(shown, lineOf.get("title"), 1) : headerEnd,
                "title", ProblemCode.PAGE_TITLE_MISSING));
        }
        String type = header.get("type");
        if (type == null || !TYPES.contains(type)) {
            problems.add(Problem.of(lineOf.containsKey("type") ? new SourcePosition(shown, lineOf.get("type"), 1) : headerEnd,
                "type", ProblemCode.PAGE_TYPE, type == null ? "" : type));
        }
        String status = header.get("status");
        if (!"published".equals(status)) {
            problems.add(Problem.of(lineOf.containsKey("status") ? new SourcePosition(shown, lineOf.get("status"), 1) : headerEnd,
                "status", ProblemCode.PAGE_STATUS, status == null ? "" : status));
        }
        String body = String.join("\n", lines.subList(end + 1, lines.size()));
        OptionalInt deep = Markdown.tooDeepAt(body);
        if (deep.isPresent()) {
            problems.add(Problem.of(new SourcePosition(shown, end + 1 + deep.getAsInt(), 1), "", ProblemCode.MARKDOWN_TOO_DEEP,
                Markdown.MAX_NESTING, ""));
        }
        return problems;
    }

    /** Top-level names in assets/: a page of the same name would share its folder with copied files. */
    private static Set<String> assetNames(Path project) {
        Path assets = project.resolve("assets");
        if (!InputFiles.isPlainFolder(assets)) return Set.of();
        try (Stream<Path> files = Files.list(assets)) {
            return Set.copyOf(files.map(f -> f.getFileName().toString()).toList());
        } catch (IOException e) {
            return Set.of();
        }
    }
}
