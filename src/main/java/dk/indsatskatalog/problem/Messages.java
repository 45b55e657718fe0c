package dk.indsatskatalog.problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;

/**
 * A Danish message bundle: the words a page or file shows, kept in a {@code .properties} file (UTF-8)
 * beside the class that uses it, so the Java holds none of them. {@code {0}}, {@code {1}} … are
 * replaced as they stand (no MessageFormat: it would eat apostrophes). A missing key is a bug and fails loudly.
 */
public final class Messages {
    private final String file;
    private final Properties texts;

    private Messages(String file, Properties texts) {
        this.file = file;
        this.texts = texts;
    }

    /** The bundle {@code file} in {@code owner}'s package. */
    public static Messages of(Class<?> owner, String file) {
        Properties texts = new Properties();
        try (InputStream in = owner.getResourceAsStream(file)) {
            if (in == null) throw new IllegalStateException(file + " is missing from the class path beside " + owner.getName());
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Messages(file, texts);
    }

    /** The text for {@code key}, with {@code {n}} replaced by the arguments. */
    public String get(String key, Object... args) {
        String text = texts.getProperty(key);
        if (text == null) throw new IllegalStateException(file + " lacks " + key);
        if (args.length == 0) return text;
        StringBuilder out = new StringBuilder(text);
        for (int i = 0; i < args.length; i++) {
            String mark = "{" + i + "}";
            for (int at = out.indexOf(mark); at >= 0; at = out.indexOf(mark, at)) {
                String value = String.valueOf(args[i]);
                out.replace(at, at + mark.length(), value);
                at += value.length();
            }
        }
        return out.toString();
    }

    /** Every key, for tests that each is used and none is missing. */
    public Set<String> keys() { return texts.stringPropertyNames(); }
}
