package dk.indsatskatalog.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.indsatskatalog.problem.InputFiles;
import dk.indsatskatalog.problem.Problem;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints problems for people or machines. {@code human} (stderr): Danish message at
 * file:line:column, the offending line with a caret under the column, and a hint; capped so a
 * broken taxonomy does not bury the first causes. {@code github} (stdout): one GitHub Actions
 * {@code ::error} annotation per problem, so it shows on the pull request's line. {@code json}
 * (stdout): every problem with its stable code, for tools.
 */
final class ProblemReport {
    static final int MAX_SHOWN = 100;

    enum Format { human, github, json }

    private ProblemReport() {}

    /** Human format; source lines are read from files relative to {@code projectDir}. */
    static void print(List<Problem> problems, Path projectDir, PrintWriter err) {
        Map<Path, List<String>> lines = new HashMap<>();
        problems.stream().limit(MAX_SHOWN).forEach(p -> {
            err.println(p);
            String line = sourceLine(projectDir, p, lines);
            if (line != null) {
                String number = String.valueOf(p.at().line());
                err.println("  " + number + " | " + line);
                err.println("  " + " ".repeat(number.length()) + " | " + marker(line, p.at().column(), p.value()));
            }
            err.println("  Tip: " + p.hint());
        });
        if (problems.size() > MAX_SHOWN) err.println("… og " + (problems.size() - MAX_SHOWN) + " mere");
        err.println(count(problems.size()));
        err.flush();
    }

    static String count(int n) { return n == 1 ? "1 problem fundet." : n + " problemer fundet."; }

    /** GitHub Actions workflow commands; paths are relative to the project, which CI runs from. */
    static void printGithub(List<Problem> problems, PrintWriter out) {
        for (Problem p : problems) {
            out.println("::error file=" + property(p.at().file().toString().replace('\\', '/'))
                + ",line=" + p.at().line() + ",col=" + p.at().column()
                + ",title=" + property(p.field() == null || p.field().isEmpty() ? "Indsatskatalog" : p.field())
                + "::" + data(p.message() + "\n" + "Tip: " + p.hint()));
        }
        out.flush();
    }

    static void printJson(List<Problem> problems, int validEntries, PrintWriter out) {
        ObjectMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        ObjectNode root = json.createObjectNode();
        root.put("ok", problems.isEmpty());
        if (problems.isEmpty()) root.put("entries", validEntries);
        root.put("count", problems.size());
        ArrayNode list = root.putArray("problems");
        for (Problem p : problems) {
            ObjectNode o = list.addObject();
            o.put("file", p.at().file().toString().replace('\\', '/'));
            o.put("line", p.at().line());
            o.put("column", p.at().column());
            o.put("field", p.field() == null ? "" : p.field());
            o.put("code", p.code().code());
            o.put("message", p.message());
            if (p.value() == null) o.putNull("value"); else o.put("value", p.value());
            o.put("hint", p.hint());
        }
        try {
            out.println(json.writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    private static String sourceLine(Path projectDir, Problem p, Map<Path, List<String>> cache) {
        Path file = projectDir.resolve(p.at().file());
        List<String> lines = cache.computeIfAbsent(file, f -> {
            try {
                // Never through a link or from a pipe: the problem may be that the file is one.
                if (!InputFiles.isPlainFile(f) || Files.size(f) >= 1_000_000) return List.of();
                return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(InputFiles.read(f))).toString().lines().toList();
            } catch (IOException | UncheckedIOException e) {
                return List.of(); // not UTF-8 or unreadable: the message already says so
            }
        });
        int index = p.at().line() - 1;
        if (index < 0 || index >= lines.size() || lines.get(index).isBlank()) return null;
        String line = lines.get(index).replace('\t', ' ');
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }

    /** Carets under the offending value when it stands on the line at or after the column, else one caret at the column. */
    static String marker(String line, int column, String value) {
        int from = Math.max(0, Math.min(column - 1, line.length()));
        if (value != null && value.endsWith("…")) value = value.substring(0, value.length() - 1); // an excerpt: underline its start
        int at = value == null || value.isBlank() ? -1 : line.indexOf(value, from);
        if (at < 0) return " ".repeat(from) + "^";
        return " ".repeat(at) + "^".repeat(Math.min(value.length(), line.length() - at));
    }

    /** Escaping for a workflow command's message. */
    static String data(String s) { return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"); }

    /** Escaping for a workflow command's property value. */
    static String property(String s) { return data(s).replace(":", "%3A").replace(",", "%2C"); }
}
