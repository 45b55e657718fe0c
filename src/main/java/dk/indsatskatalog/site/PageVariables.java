package dk.indsatskatalog.site;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code {{publisher.name}}} and the like in free pages: values set once in jbake.properties, so the
 * about page, the accessibility statement and the rest never carry a copy (or a placeholder) of them.
 */
public final class PageVariables {
    /** The variables pages may use; {@link SiteInfo#pageVariables()} gives their values. */
    public static final Set<String> KEYS = Set.of("publisher.name", "publisher.url", "publisher.contact", "site.url", "repository.url");

    /** {@code {{key}}}; keys are lower-case words joined by dots. */
    public static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([a-z]+(?:\\.[a-z]+)*)\\s*}}");

    private PageVariables() {}

    /** The text with every known variable replaced; unknown ones are left as they are (validation reports them). */
    public static String fill(String text, Map<String, String> values) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

}
