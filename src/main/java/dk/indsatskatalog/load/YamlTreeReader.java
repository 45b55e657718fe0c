package dk.indsatskatalog.load;

import dk.indsatskatalog.problem.InputFiles;
import dk.indsatskatalog.problem.PositionIndex;
import dk.indsatskatalog.problem.Problem;
import dk.indsatskatalog.problem.ProblemCode;
import dk.indsatskatalog.problem.SourcePosition;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads one YAML file into a JSON tree while recording the position of every field path. Guards the
 * parser: a size limit per file, no aliases (so no alias bombs), duplicate keys rejected, a nesting limit.
 */
public final class YamlTreeReader {
    /** Far above any real entry (the largest is ~20 KB); stops a pasted data dump early. */
    public static final int MAX_FILE_BYTES = 256 * 1024;
    private static final int MAX_NESTING = 40;

    private final YAMLFactory factory;

    public YamlTreeReader() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // our own check reports duplicates with their field path
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_FILE_BYTES);
        factory = YAMLFactory.builder()
            .loaderOptions(options)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .build();
    }

    /** The tree and positions of {@code file}, shown in messages as {@code displayPath}; problems go to {@code problems}. */
    public LoadedFile<JsonNode> read(Path file, Path displayPath, List<Problem> problems) {
        PositionIndex positions = new PositionIndex(displayPath);
        String text;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                problems.add(Problem.of(SourcePosition.startOf(displayPath), "", ProblemCode.FILE_TOO_LARGE, size, MAX_FILE_BYTES));
                return new LoadedFile<>(displayPath, null, positions);
            }
            byte[] bytes = InputFiles.read(file); // never through a link, never from a pipe
            if (bytes.length > MAX_FILE_BYTES) {
                problems.add(Problem.of(SourcePosition.startOf(displayPath), "", ProblemCode.FILE_TOO_LARGE, bytes.length, MAX_FILE_BYTES));
                return new LoadedFile<>(displayPath, null, positions);
            }
            text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(Problem.of(SourcePosition.startOf(displayPath), "", ProblemCode.NOT_UTF8));
            return new LoadedFile<>(displayPath, null, positions);
        } catch (IOException e) {
            Problem unsafe = InputFiles.problem(Path.of("").toAbsolutePath(), file);
            problems.add(unsafe != null ? new Problem(SourcePosition.startOf(displayPath), "", unsafe.code(), unsafe.message(), null)
                : Problem.of(SourcePosition.startOf(displayPath), "", ProblemCode.CANNOT_READ, e.getClass().getSimpleName()));
            return new LoadedFile<>(displayPath, null, positions);
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(Problem.of(SourcePosition.startOf(displayPath), "", ProblemCode.FILE_EMPTY));
                return new LoadedFile<>(displayPath, null, positions);
            }
            JsonNode root = readValue(parser, "", positions, displayPath, problems);
            if (root == null) return new LoadedFile<>(displayPath, null, positions);
            if (parser.nextToken() != null) {
                problems.add(at(displayPath, parser.currentTokenLocation(), "", ProblemCode.MULTIPLE_DOCUMENTS));
                return new LoadedFile<>(displayPath, null, positions);
            }
            return new LoadedFile<>(displayPath, root, positions);
        } catch (JsonProcessingException e) {
            Problem tab = tabIndentation(displayPath, text, e);
            problems.add(tab != null ? tab : syntaxProblem(displayPath, e));
            return new LoadedFile<>(displayPath, null, positions);
        } catch (IOException | RuntimeException e) {
            // snakeyaml reports some guard violations (alias limits, code points) as unchecked exceptions.
            problems.add(Problem.of(SourcePosition.startOf(displayPath), "", ProblemCode.YAML_ERROR, firstLine(e.getMessage())));
            return new LoadedFile<>(displayPath, null, positions);
        }
    }

    private JsonNode readValue(JsonParser parser, String path, PositionIndex positions, Path file,
                               List<Problem> problems) throws IOException {
        JsonLocation where = parser.currentTokenLocation();
        positions.record(path, where.getLineNr(), where.getColumnNr());
        JsonToken token = parser.currentToken();
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            // Jackson does not expand aliases (it would return the alias name as text), so refuse them outright.
            problems.add(at(file, where, path, ProblemCode.YAML_ALIAS, parser.getText()));
            return null;
        }
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = JsonNodeFactory.instance.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonLocation keyAt = parser.currentTokenLocation();
                    String childPath = PositionIndex.child(path, name);
                    if (object.has(name)) {
                        problems.add(at(file, keyAt, childPath, ProblemCode.DUPLICATE_KEY, name));
                        return null;
                    }
                    positions.record(childPath, keyAt.getLineNr(), keyAt.getColumnNr());
                    parser.nextToken();
                    JsonNode value = readValue(parser, childPath, positions, file, problems);
                    if (value == null) return null;
                    object.set(name, value);
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    JsonNode value = readValue(parser, PositionIndex.item(path, index++), positions, file, problems);
                    if (value == null) return null;
                    array.add(value);
                }
                return array;
            }
            case VALUE_STRING: return JsonNodeFactory.instance.textNode(parser.getText());
            case VALUE_NUMBER_INT: return JsonNodeFactory.instance.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT: return JsonNodeFactory.instance.numberNode(parser.getDecimalValue());
            case VALUE_TRUE: return JsonNodeFactory.instance.booleanNode(true);
            case VALUE_FALSE: return JsonNodeFactory.instance.booleanNode(false);
            case VALUE_NULL: return JsonNodeFactory.instance.nullNode();
            default:
                problems.add(at(file, where, path, ProblemCode.UNEXPECTED_YAML, token));
                return null;
        }
    }

    /**
     * A tab in the indentation makes SnakeYAML fail with its own English words at the line before
     * the tab; editors need the tab's own line. Only consulted when parsing failed.
     */
    private static Problem tabIndentation(Path file, String text, JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        int lastLine = where == null || where.getLineNr() < 1 ? Integer.MAX_VALUE : where.getLineNr() + 1;
        List<String> lines = text.lines().limit(lastLine).toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            for (int c = 0; c < line.length() && (line.charAt(c) == ' ' || line.charAt(c) == '\t'); c++) {
                if (line.charAt(c) == '\t') return Problem.of(new SourcePosition(file, i + 1, c + 1), "", ProblemCode.YAML_TAB);
            }
        }
        return null;
    }

    private static Problem syntaxProblem(Path file, JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        SourcePosition position = where == null || where.getLineNr() < 1
            ? SourcePosition.startOf(file) : new SourcePosition(file, where.getLineNr(), Math.max(1, where.getColumnNr()));
        return Problem.of(position, "", ProblemCode.YAML_SYNTAX, firstLine(e.getOriginalMessage()));
    }

    private static Problem at(Path file, JsonLocation where, String path, ProblemCode code, Object... args) {
        return Problem.of(new SourcePosition(file, where.getLineNr(), Math.max(1, where.getColumnNr())), path, code, args);
    }

    private static String firstLine(String message) {
        if (message == null) return "unreadable";
        String line = message.strip().lines().findFirst().orElse("unreadable");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
