package dk.indsatskatalog.build;

import dk.indsatskatalog.problem.InputFiles;
import dk.indsatskatalog.problem.Problem;
import dk.indsatskatalog.problem.ProblemCode;
import dk.indsatskatalog.problem.SourcePosition;
import dk.indsatskatalog.site.SiteInfo;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks {@code jbake.properties} before JBake reads it, so a pull request cannot point the build
 * outside the project ({@code template.page.file=../../../etc/passwd} made JBake log an error, write
 * 0-byte pages and exit 0), make JBake look values up ({@code ${env:…}}, {@code ${url:…}} in
 * commons-configuration), or leave out a setting a page needs. Each problem is at its line.
 */
public final class ProjectSettings {
    static final String FILE = "jbake.properties";
    /** JBake reads this too, before jbake.properties. */
    static final String LEGACY_FILE = "custom.properties";
    /** Every document type the build renders; each needs {@code template.<type>.file}. */
    static final List<String> RENDERED_TYPES = List.of("intervention", "page", "scale", "home", "listing", "error404", "search",
        "opendata", "vocabulary", "history", "editors", "changes", "compare", "evidencemap", "contribute");
    private static final Map<String, String> FIXED = Map.of("content.folder", "content", "template.folder", "templates",
        "asset.folder", "assets");
    private static final List<String> REQUIRED = List.of("site.title", "site.host", "indsatskatalog.repository.url",
        "indsatskatalog.repository.branch", "indsatskatalog.review.months");

    private ProjectSettings() {}

    /** One setting as written: its key, its value (escapes undone) and the line it starts on. */
    record Setting(String key, String value, int line) {}

    public static List<Problem> problems(Path projectDir) {
        Path project = projectDir.toAbsolutePath().normalize();
        List<Problem> problems = new ArrayList<>();
        if (Files.exists(project.resolve(LEGACY_FILE), LinkOption.NOFOLLOW_LINKS)) {
            problems.add(Problem.of(SourcePosition.startOf(Path.of(LEGACY_FILE)), "", ProblemCode.CONFIG_LEGACY_FILE));
        }
        Path file = project.resolve(FILE);
        if (!InputFiles.isPlainFile(file)) {
            if (InputFiles.problem(project, file) == null) problems.add(Problem.of(SourcePosition.startOf(Path.of(FILE)), "", ProblemCode.CONFIG_MISSING));
            return problems; // a link or special file is InputFiles' problem, and is not read
        }
        Map<String, Setting> settings;
        try {
            settings = read(new String(InputFiles.read(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            problems.add(Problem.of(SourcePosition.startOf(Path.of(FILE)), "", ProblemCode.CANNOT_READ, e.getClass().getSimpleName()));
            return problems;
        }
        for (Setting s : settings.values()) {
            SourcePosition at = new SourcePosition(Path.of(FILE), s.line(), 1);
            if (s.value().contains("${")) {
                problems.add(Problem.of(at, s.key(), ProblemCode.CONFIG_LOOKUP, s.value()));
            } else if (FIXED.containsKey(s.key()) && !FIXED.get(s.key()).equals(s.value())) {
                problems.add(Problem.of(at, s.key(), ProblemCode.CONFIG_FOLDER, s.key(), FIXED.get(s.key())));
            } else if (s.key().startsWith("template.") && s.key().endsWith(".file") && !isTemplate(project, s.value())) {
                problems.add(Problem.of(at, s.key(), ProblemCode.CONFIG_TEMPLATE, s.value()));
            } else if (s.key().equals("render.encoding") && !s.value().equalsIgnoreCase("UTF-8")) {
                problems.add(Problem.of(at, s.key(), ProblemCode.CONFIG_ENCODING, s.value()));
            } else if ((s.key().equals("site.host") || s.key().equals("indsatskatalog.repository.url")) && !isWebAddress(s.value())) {
                problems.add(Problem.of(at, s.key(), ProblemCode.CONFIG_URL, s.value()));
            } else if (s.key().equals(SiteInfo.PUBLISHER_EMAIL) && !s.value().isEmpty() && !isEmailAddress(s.value())) {
                problems.add(Problem.of(at, s.key(), ProblemCode.CONFIG_EMAIL, s.value()));
            } else if (s.key().equals("indsatskatalog.review.months") && !isPositiveNumber(s.value())) {
                problems.add(Problem.of(at, s.key(), ProblemCode.CONFIG_NUMBER, s.value()));
            }
        }
        List<String> required = new ArrayList<>(REQUIRED);
        RENDERED_TYPES.forEach(type -> required.add("template." + type + ".file"));
        for (String key : required) {
            Setting s = settings.get(key);
            if (s == null || s.value().isBlank()) {
                SourcePosition at = s == null ? SourcePosition.startOf(Path.of(FILE)) : new SourcePosition(Path.of(FILE), s.line(), 1);
                problems.add(Problem.of(at, key, ProblemCode.CONFIG_SETTING_MISSING, key));
            }
        }
        return problems;
    }

    /**
     * The settings as the build uses them, each key with its value; call only when {@link #problems}
     * found none (a link is never read: {@link InputFiles#read} refuses it).
     */
    public static Map<String, String> values(Path projectDir) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        Path file = projectDir.toAbsolutePath().normalize().resolve(FILE);
        read(new String(InputFiles.read(file), StandardCharsets.UTF_8)).forEach((key, setting) -> values.put(key, setting.value()));
        return values;
    }

    /** A plain {@code .ftlh} file inside templates/, named by a relative path that stays there. */
    private static boolean isTemplate(Path project, String value) {
        if (value.isBlank() || !value.endsWith(".ftlh") || value.startsWith("/") || value.contains("\\") || value.contains(":")) return false;
        Path templates = project.resolve("templates");
        Path template = templates.resolve(value).normalize();
        if (!template.startsWith(templates) || !template.equals(templates.resolve(value))) return false; // no ".." or "./"
        return InputFiles.isPlainFile(template);
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * One address, local@domain, with nothing a {@code mailto:} link would read as more recipients or
     * fields (no spaces, commas, "?", "&amp;", "%" or angle brackets).
     */
    static boolean isEmailAddress(String value) {
        return value.length() <= 254 && value.matches("[A-Za-z0-9._+\\-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");
    }

    private static boolean isPositiveNumber(String value) {
        return value.matches("[0-9]{1,4}") && Integer.parseInt(value) > 0;
    }

    /**
     * The settings of a {@code .properties} text as {@link java.util.Properties} reads them
     * (comments, {@code =}, {@code :} or space as separator, continuation lines, escapes), with the
     * line each starts on; a later line wins, as it does for JBake.
     */
    static Map<String, Setting> read(String text) {
        Map<String, Setting> settings = new LinkedHashMap<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            int start = i;
            String line = lines.get(i).stripLeading();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) continue;
            StringBuilder logical = new StringBuilder(line);
            while (endsInContinuation(logical) && i + 1 < lines.size()) {
                logical.setLength(logical.length() - 1);
                logical.append(lines.get(++i).stripLeading());
            }
            String whole = logical.toString();
            int cut = 0;
            while (cut < whole.length()) {
                char c = whole.charAt(cut);
                if (c == '\\') { cut += 2; continue; }
                if (c == '=' || c == ':' || Character.isWhitespace(c)) break;
                cut++;
            }
            String key = unescape(whole.substring(0, Math.min(cut, whole.length())));
            String rest = cut < whole.length() ? whole.substring(cut) : "";
            rest = rest.stripLeading();
            if (!rest.isEmpty() && (rest.charAt(0) == '=' || rest.charAt(0) == ':')) rest = rest.substring(1).stripLeading();
            settings.remove(key);
            settings.put(key, new Setting(key, unescape(rest).strip(), start + 1));
        }
        return settings;
    }

    private static boolean endsInContinuation(CharSequence line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) backslashes++;
        return backslashes % 2 == 1;
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) { out.append(c); continue; }
            char next = s.charAt(++i);
            switch (next) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (i + 4 < s.length() + 0 && s.substring(i + 1, Math.min(s.length(), i + 5)).matches("[0-9a-fA-F]{4}")) {
                        out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    } else {
                        out.append('u');
                    }
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
