package dk.indsatskatalog.problem;

import java.util.Locale;

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
    WRONG_EXTENSION(-1), CANNOT_LIST(-1), SOURCES_FOLDER_MISSING(-1), SYMBOLIC_LINK(-1), SPECIAL_FILE(-1), FOLDER_IN_ENTRIES(-1),
    NOT_AN_ENTRY_FILE(-1), RESERVED_FILE_NAME(0), YAML_TAB(-1), MARKDOWN_TOO_DEEP(-1),
    // free pages and the site's configuration
    NOT_A_PAGE_FILE(-1), PAGE_NAME_ILL_FORMED(0), PAGE_NAME_TAKEN(0), PAGE_HEADER_MISSING(-1), PAGE_HEADER_LINE(0),
    PAGE_TITLE_MISSING(-1), PAGE_TYPE(0), PAGE_STATUS(0), CONFIG_MISSING(-1), CONFIG_SETTING_MISSING(0), CONFIG_LOOKUP(0),
    CONFIG_FOLDER(0), CONFIG_TEMPLATE(0), CONFIG_URL(0), CONFIG_NUMBER(0), CONFIG_ENCODING(0), CONFIG_LEGACY_FILE(-1),
    CONFIG_EMAIL(0),
    // shape
    EXPECTED_LIST(0), EMPTY_LIST_ITEM(-1), EXPECTED_TEXT(0), EXPECTED_TEXT_NOT_BOOLEAN(0), EXPECTED_BOOLEAN(0),
    EXPECTED_WHOLE_NUMBER(0), NUMBER_TOO_LARGE(0), EXPECTED_MAPPING(0), UNKNOWN_FIELD(0), REQUIRED_MISSING(-1),
    REQUIRED_EMPTY(-1),
    // text
    TEXT_CUT_BY_COMMENT(0), INTERNAL_WORD(0), PLACEHOLDER_TEXT(0), PAGE_VARIABLE_UNKNOWN(0), CANNOT_READ_PAGE(-1),
    PLACEHOLDER_IN_OUTPUT(0), INTERNAL_WORD_IN_OUTPUT(0),
    // one entry
    SLUG_ILL_FORMED(0), SLUG_NOT_FILE_NAME(0), SUMMARY_TOO_LONG(0),
    COUNTRY_NOT_CODE(0), URL_SCHEME(0), URL_MALFORMED(0), YEAR_IMPLAUSIBLE(0), UNKNOWN_SOURCE(0), SOURCE_CITED_TWICE(0),
    CODE_TWICE(1),
    UNKNOWN_CODE(1), AGE_OUT_OF_RANGE(0), AGE_MAX_BELOW_MIN(0), AMOUNT_MAX_BELOW_MIN(0), AMOUNT_NEGATIVE(-1),
    RELATED_NOT_SLUG(0), RELATED_SELF(-1), RELATED_TWICE(0), DATE_FORMAT(0), DATE_NONEXISTENT(0),
    LEVEL_OVER_CLAIM(0), LEVEL_UNDER_CLAIM(0), NO_PLACE_OR_GAP(-1),
    FINDING_KIND_DOMAIN(0), FINDING_EFFECT_WITHOUT_COMPARISON(0), FINDING_CHANGE_WITHOUT_MEASURE(0),
    // the source register
    SOURCE_ID_ILL_FORMED(0), SOURCE_TITLE_OR_DESCRIPTION(-1), SOURCE_DESIGN_MISSING(-1), SOURCE_REPORTS_ON_WITH_DESIGN(0),
    SOURCE_REPORTS_ON_KIND(0), SOURCE_REPORTS_ON_SELF(-1), SOURCE_REPORTS_ON_CHAIN(0), SOURCE_KIND_CONTRADICTS_DESIGN(0),
    SOURCE_WEB_VERIFIED(-1), SOURCE_VERIFIED_WITHOUT_BASIS(-1),
    // across files
    RELATED_MISSING(0), RELATED_ONE_WAY(0), SOURCE_UNUSED(0), SOURCE_URL_TWICE(0),
    // the change log
    CHANGE_LOG_ORDER(0), CHANGE_LOG_LEVEL(0), CHANGE_LOG_NO_CHANGE(-1), CHANGE_LOG_STALE(0),
    // taxonomies
    RUBRIC_CLASS_MISSING(-1), RUBRIC_CLASS_UNKNOWN(0), LEVEL_NUMBER(-1), LEVEL_TWICE(0), SCALE_LACKS_LEVELS(0),
    SCALE_LACKS_FLAG(0), TAXONOMY_CODE_ILL_FORMED(0), TAXONOMY_CODE_TWICE(0),
    // content files beside the catalogue
    SEARCH_WORD_TWICE(0);

    private static final Messages TEXTS = Messages.of(ProblemCode.class, "problems.properties");

    private final int valueArg;

    ProblemCode(int valueArg) { this.valueArg = valueArg; }

    /** The stable code tools see: {@code UNKNOWN_CODE} is {@code unknown-code}. */
    public String code() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    /**
     * Longest quoted value in a message, in characters: an editor recognises their value from its
     * start, and a file that is not an entry (a link to a secret, a pasted dump) is never printed whole.
     */
    public static final int MAX_EXCERPT = 80;
    /** Longest argument in a message: an excerpt with its quotes, or a did-you-mean, fits. */
    private static final int MAX_ARGUMENT = 120;

    /** The Danish message with {@code {0}}, {@code {1}} … replaced by the arguments, each cut to an excerpt. */
    public String message(Object... args) { return fill(text("message"), args); }

    /** What the editor can do about it, in Danish. */
    public String hint() { return text("hint"); }

    /** The offending value among the arguments, or null. */
    String value(Object... args) {
        return valueArg >= 0 && valueArg < args.length && args[valueArg] != null ? excerpt(String.valueOf(args[valueArg])) : null;
    }

    /** The first line of {@code text}, at most {@link #MAX_EXCERPT} characters, with "…" when anything was cut. */
    public static String excerpt(String text) { return excerpt(text, MAX_EXCERPT); }

    private static String excerpt(String text, int max) {
        int newline = text.indexOf('\n');
        String line = newline < 0 ? text : text.substring(0, newline);
        if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
        if (line.codePointCount(0, line.length()) > max) line = line.substring(0, line.offsetByCodePoints(0, max));
        return line.length() < text.length() ? line + "…" : line;
    }

    private String text(String part) { return TEXTS.get(code() + "." + part); }

    /** Plain {n} substitution: MessageFormat would eat apostrophes and group numbers. */
    static String fill(String template, Object... args) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i + 1 && template.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(template.substring(i + 1, close));
                out.append(n < args.length ? excerpt(String.valueOf(args[n]), MAX_ARGUMENT) : "");
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
