package dk.indsatskatalog.load;

import dk.indsatskatalog.problem.PositionIndex;
import dk.indsatskatalog.problem.Problem;
import dk.indsatskatalog.problem.ProblemCode;
import dk.indsatskatalog.problem.SourcePosition;

import com.fasterxml.jackson.databind.JsonNode;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.ScannerImpl;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks of the text an editor wrote that no schema catches: text silently cut by a YAML comment, and
 * internal working words that must never reach a public page.
 */
public final class TextChecks {
    /** Words from the editors' working material; a reader must never see them. Lower case. */
    public static final List<String> INTERNAL_WORDS = List.of("faktagrundlag", "indfanget", "fact base");

    /**
     * Text left to be filled in: "[Udgiverens navn]", "[e-mailadresse]", "[dato]", "[Udfyldes …]",
     * "[Indsæt …]", an unfilled {@code {{variable}}}, TODO, XXX or lorem ipsum. It must never reach a page.
     */
    public static final Pattern PLACEHOLDER = Pattern.compile(
        "\\[(?:udgiverens[^\\]\\n]*|[^\\]\\n]*udfyldes[^\\]\\n]*|indsæt[^\\]\\n]*|e-mailadresse|webadresse|telefonnummer|dato|antal|navn)\\]"
            + "|\\{\\{|\\bTODO\\b|\\bXXX\\b|lorem ipsum", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Lower-case words of which every {@link #PLACEHOLDER} match and every internal word contains one:
     * a text without any of them needs no pattern matching.
     */
    public static final List<String> PLACEHOLDER_WORDS = List.of("udgiverens", "udfyldes", "indsæt", "e-mailadresse",
        "webadresse", "telefonnummer", "[dato]", "[antal]", "[navn]", "{{", "todo", "xxx", "lorem ipsum");

    private TextChecks() {}

    /** Every word {@link #mayHavePlaceholderOrInternalWord} looks for, lower case. */
    private static final char[][] SUSPECT_WORDS = java.util.stream.Stream.concat(PLACEHOLDER_WORDS.stream(), INTERNAL_WORDS.stream())
        .map(String::toCharArray).toArray(char[][]::new);
    /**
     * The first two letters of {@link #SUSPECT_WORDS} (all ASCII), for a quick look at each position:
     * the first letters alone are common ones (e, i, t), the pairs rarely meet.
     */
    private static final boolean[] SUSPECT_PAIR = new boolean[128 * 128];

    static {
        for (char[] word : SUSPECT_WORDS) SUSPECT_PAIR[word[0] * 128 + word[1]] = true;
    }

    /**
     * False when {@code text} cannot hold a placeholder or an internal word: it contains none of
     * {@link #PLACEHOLDER_WORDS} and {@link #INTERNAL_WORDS}, compared ignoring case. One pass over the
     * text without copying it, so a gigabyte of output is judged quickly.
     */
    public static boolean mayHavePlaceholderOrInternalWord(CharSequence text) {
        int n = text.length();
        for (int i = 0; i + 1 < n; i++) { // every suspect word has at least two characters
            int first = lower(text.charAt(i));
            if (first >= 128) continue;
            int second = lower(text.charAt(i + 1));
            if (second >= 128 || !SUSPECT_PAIR[first * 128 + second]) continue;
            for (char[] word : SUSPECT_WORDS) {
                if (word[0] == first && word[1] == second && startsWith(text, i, word)) return true;
            }
        }
        return false;
    }

    private static boolean startsWith(CharSequence text, int at, char[] word) {
        if (at + word.length > text.length()) return false;
        for (int k = 2; k < word.length; k++) {
            if (lower(text.charAt(at + k)) != word[k]) return false;
        }
        return true;
    }

    /** {@link Character#toLowerCase(char)}, without its table look-up for ASCII, the text's usual case. */
    private static int lower(char c) {
        if (c < 128) return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
        return Character.toLowerCase(c);
    }

    /** Both checks on one read file: {@code text} is the file's text, {@code tree} what was read from it. */
    static void check(String text, LoadedFile<JsonNode> tree, List<Problem> problems) {
        cutByComment(text, tree.positions(), problems);
        internalWords(tree.document(), "", tree.positions(), problems);
    }

    /**
     * In plain (unquoted) text, {@code " #"} starts a YAML comment: the rest of the line is dropped
     * without a word. Reported at the {@code #} when it reads as part of the text, a hashtag such as
     * {@code #MEREGADE}; an intended comment ({@code "# …"}, hash and space) is left alone.
     */
    static void cutByComment(String text, PositionIndex positions, List<Problem> problems) {
        if (text.indexOf('#') < 0) return; // no hash, no comment: the second parse is for files that have one
        String[] lines = text.split("\n", -1);
        ParserImpl parser = new ParserImpl(new ScannerImpl(new StreamReader(text), new LoaderOptions()));
        Deque<Frame> stack = new ArrayDeque<>();
        while (parser.peekEvent() != null) {
            Event event = parser.getEvent();
            switch (event.getEventId()) {
                case MappingStart -> stack.push(new Frame(childPath(stack), true));
                case SequenceStart -> stack.push(new Frame(childPath(stack), false));
                case MappingEnd, SequenceEnd -> { stack.pop(); advance(stack); }
                case Scalar -> {
                    Frame top = stack.peek();
                    if (top != null && top.mapping && top.key == null) { top.key = ((ScalarEvent) event).getValue(); continue; }
                    ScalarEvent scalar = (ScalarEvent) event;
                    if (scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN) {
                        int line = scalar.getEndMark().getLine();
                        int column = scalar.getEndMark().getColumn();
                        String rest = line < lines.length && column <= lines[line].length() ? lines[line].substring(column) : "";
                        String trimmed = rest.stripLeading();
                        boolean hashtag = trimmed.length() > 1 && trimmed.charAt(0) == '#' && !Character.isWhitespace(trimmed.charAt(1));
                        if (hashtag && trimmed.length() < rest.length()) {
                            int hash = column + rest.length() - trimmed.length();
                            String path = childPath(stack);
                            problems.add(Problem.of(new SourcePosition(positions.file(), line + 1, hash + 1), path,
                                ProblemCode.TEXT_CUT_BY_COMMENT, excerpt(trimmed.stripTrailing())));
                        }
                    }
                    advance(stack);
                }
                default -> { }
            }
        }
    }

    /** Every text value that contains an internal word, reported at its field. */
    static void internalWords(JsonNode node, String path, PositionIndex positions, List<Problem> problems) {
        if (node == null) return;
        if (node.isTextual()) {
            if (!mayHavePlaceholderOrInternalWord(node.asText())) return;
            String lower = node.asText().toLowerCase(Locale.ROOT);
            for (String word : INTERNAL_WORDS) {
                if (lower.contains(word)) problems.add(positions.problem(path, ProblemCode.INTERNAL_WORD, word));
            }
            Matcher placeholder = PLACEHOLDER.matcher(node.asText());
            if (placeholder.find()) problems.add(positions.problem(path, ProblemCode.PLACEHOLDER_TEXT, placeholder.group()));
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                internalWords(field.getValue(), PositionIndex.child(path, field.getKey()), positions, problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) internalWords(node.get(i), PositionIndex.item(path, i), positions, problems);
        }
    }

    /** At most 40 characters of a value, so a message never prints a whole pasted text. */
    public static String excerpt(String value) {
        return value.length() <= 40 ? value : value.substring(0, 39) + "…";
    }

    private static String childPath(Deque<Frame> stack) {
        Frame top = stack.peek();
        if (top == null) return "";
        return top.mapping ? PositionIndex.child(top.path, top.key) : PositionIndex.item(top.path, top.index);
    }

    private static void advance(Deque<Frame> stack) {
        Frame top = stack.peek();
        if (top == null) return;
        if (top.mapping) top.key = null; else top.index++;
    }

    private static final class Frame {
        final String path;
        final boolean mapping;
        String key;
        int index;
        Frame(String path, boolean mapping) { this.path = path; this.mapping = mapping; }
    }
}
