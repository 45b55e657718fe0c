package dk.indsatskatalog.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * Every kind of content problem, with a stable code for tools ({@code unknown-code}). The Danish
 * message and hint for each live in {@code problems.properties} beside this class, so all wording
 * an editor reads is in one file. {@code valueArg} names the message argument that is the
 * offending value (shown by {@code validate --format json}); -1 when there is none.
 */
public enum ProblemCode {
    // reading files
    FILE_TOO_LARGE(-1), NOT_UTF8(-1), CANNOT_READ(-1), FILE_EMPTY(-1), MULTIPLE_DOCUMENTS(-1),
    YAML_SYNTAX(-1), YAML_ERROR(-1), YAML_ALIAS(0), DUPLICATE_KEY(0), UNEXPECTED_YAML(0),
    TAXONOMY_MISSING(-1), TAXONOMY_NOT_LIST(-1), CANNOT_BIND(-1), ENTRIES_FOLDER_MISSING(-1),
    WRONG_EXTENSION(-1), CANNOT_LIST(-1),
    // shape
    EXPECTED_LIST(0), EMPTY_LIST_ITEM(-1), EXPECTED_TEXT(0), EXPECTED_TEXT_NOT_BOOLEAN(0), EXPECTED_BOOLEAN(0),
    EXPECTED_WHOLE_NUMBER(0), NUMBER_TOO_LARGE(0), EXPECTED_MAPPING(0), UNKNOWN_FIELD(0), REQUIRED_MISSING(-1),
    REQUIRED_EMPTY(-1),
    // one entry
    SLUG_ILL_FORMED(0), SLUG_NOT_FILE_NAME(0), SUMMARY_TOO_LONG(0), STUDY_ID_ILL_FORMED(0), STUDY_ID_TWICE(0),
    COUNTRY_NOT_CODE(0), URL_SCHEME(0), URL_MALFORMED(0), YEAR_IMPLAUSIBLE(0), UNKNOWN_STUDY(0), CODE_TWICE(1),
    UNKNOWN_CODE(1), AGE_OUT_OF_RANGE(0), AGE_MAX_BELOW_MIN(0), AMOUNT_MAX_BELOW_MIN(0), AMOUNT_NEGATIVE(-1),
    RELATED_NOT_SLUG(0), RELATED_SELF(-1), RELATED_TWICE(0), DATE_FORMAT(0), DATE_NONEXISTENT(0),
    LEVEL_OVER_CLAIM(0), LEVEL_UNDER_CLAIM(0), NO_PLACE_OR_GAP(-1),
    // across entries
    RELATED_MISSING(0), RELATED_ONE_WAY(0), SOURCE_TITLE_DIFFERS(0),
    // taxonomies
    RUBRIC_CLASS_MISSING(-1), RUBRIC_CLASS_UNKNOWN(0), LEVEL_NUMBER(-1), LEVEL_TWICE(0), SCALE_LACKS_LEVELS(0),
    SCALE_LACKS_FLAG(0), TAXONOMY_CODE_ILL_FORMED(0), TAXONOMY_CODE_TWICE(0),
    // content files beside the catalogue
    SEARCH_WORD_TWICE(0);

    private static final Properties TEXTS = load();

    private final int valueArg;

    ProblemCode(int valueArg) { this.valueArg = valueArg; }

    /** The stable code tools see: {@code UNKNOWN_CODE} is {@code unknown-code}. */
    public String code() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    /** The Danish message with {@code {0}}, {@code {1}} … replaced by the arguments. */
    public String message(Object... args) { return fill(text("message"), args); }

    /** What the editor can do about it, in Danish. */
    public String hint() { return text("hint"); }

    /** The offending value among the arguments, or null. */
    String value(Object... args) {
        return valueArg >= 0 && valueArg < args.length && args[valueArg] != null ? String.valueOf(args[valueArg]) : null;
    }

    private String text(String part) {
        String text = TEXTS.getProperty(code() + "." + part);
        if (text == null) throw new IllegalStateException("problems.properties lacks " + code() + "." + part);
        return text;
    }

    /** Plain {n} substitution: MessageFormat would eat apostrophes and group numbers. */
    static String fill(String template, Object... args) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i + 1 && template.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(template.substring(i + 1, close));
                out.append(n < args.length ? String.valueOf(args[n]) : "");
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = ProblemCode.class.getResourceAsStream("problems.properties")) {
            if (in == null) throw new IllegalStateException("problems.properties is missing from the class path");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
