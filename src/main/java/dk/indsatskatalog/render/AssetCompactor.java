package dk.indsatskatalog.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Takes the comments and the indentation out of the site's scripts and stylesheets, which are
 * written to be read (a third of their gzip size is comments). Deliberately line-based, not a
 * minifier: it drops only lines that are wholly comment and each line's leading blanks, and keeps
 * every line break, so no statement changes and automatic semicolons stay where they were. Both are
 * safe because a line cannot start inside a string, a regular expression or a comment of another
 * kind — except in a template literal or a string continued with a backslash, so a file with a line
 * that has an odd number of backticks or ends in a backslash is copied as it is, and so is a file
 * where a comment opens after code on a line and goes on below it.
 */
final class AssetCompactor {
    private AssetCompactor() {}

    /** Compacts, in {@code siteDir}, the copy of every {@code .js} and {@code .css} file in {@code assetsDir}. */
    static void compactCopies(Path assetsDir, Path siteDir) throws IOException {
        if (!Files.isDirectory(assetsDir)) return;
        List<Path> sources;
        try (Stream<Path> files = Files.walk(assetsDir)) {
            sources = files.filter(Files::isRegularFile).filter(AssetCompactor::compactable).sorted().toList();
        }
        for (Path source : sources) {
            Path copy = siteDir.resolve(assetsDir.relativize(source).toString());
            if (!Files.isRegularFile(copy)) continue;
            Optional<String> compact = compact(Files.readString(copy, StandardCharsets.UTF_8), copy.getFileName().toString().endsWith(".js"));
            if (compact.isPresent()) Files.writeString(copy, compact.get(), StandardCharsets.UTF_8);
        }
    }

    private static boolean compactable(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".js") || name.endsWith(".css");
    }

    /**
     * The text without whole-line comments and indentation, or empty when a line could start inside
     * a literal ({@code script}: a template literal or a backslash-continued string) or a comment
     * opened after code.
     */
    static Optional<String> compact(String text, boolean script) {
        String[] lines = text.split("\n", -1);
        if (script) {
            for (String line : lines) {
                if (line.chars().filter(c -> c == '`').count() % 2 == 1 || line.stripTrailing().endsWith("\\")) return Optional.empty();
            }
        }
        List<String> kept = new ArrayList<>();
        boolean inBlock = false;
        for (String line : lines) {
            String rest = line.strip();
            if (inBlock) {
                int end = rest.indexOf("*/");
                if (end < 0) continue;
                inBlock = false;
                rest = rest.substring(end + 2).strip();
            } else if (rest.startsWith("/*")) {
                int end = rest.indexOf("*/", 2);
                if (end < 0) {
                    inBlock = true;
                    continue;
                }
                rest = rest.substring(end + 2).strip();
            } else if (script && rest.startsWith("//") && !rest.contains("*/")) {
                continue;
            }
            // A comment opened after code would hide the lines below it from this reading: leave the file be.
            if (rest.lastIndexOf("/*") > rest.lastIndexOf("*/")) return Optional.empty();
            if (!rest.isEmpty()) kept.add(rest);
        }
        return Optional.of(String.join("\n", kept) + (text.endsWith("\n") ? "\n" : ""));
    }
}
