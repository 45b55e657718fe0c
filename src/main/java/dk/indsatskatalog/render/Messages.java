package dk.indsatskatalog.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The Danish interface text templates print, from {@code templates/messages.properties} (UTF-8), so a
 * label that appears on many pages is written once. Templates read {@code ${msg["entry.notFound"]}};
 * an unknown key fails the build rather than print a blank.
 */
public final class Messages {
    public static final String FILE = "messages.properties";

    private final Map<String, String> texts;

    private Messages(Map<String, String> texts) { this.texts = Map.copyOf(texts); }

    /** Reads {@code messages.properties} from the template folder. */
    public static Messages read(Path templateDir) {
        Path file = templateDir.resolve(FILE);
        try (InputStream in = Files.newInputStream(file)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
            return new Messages(texts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE + " in the template folder", e);
        }
    }

    /** The text for {@code key}; Freemarker also calls this for {@code msg["key"]}. */
    public String get(String key) {
        String text = texts.get(key);
        if (text == null) throw new IllegalArgumentException(FILE + " has no text for \"" + key + "\"");
        return text;
    }

    /** "1 indsats", "3 indsatser": the count with {@code key.one} or {@code key.other}. */
    public String count(int n, String key) { return n + " " + get(key + (n == 1 ? ".one" : ".other")); }

    /** Every key, for tests that prove each is used. */
    public java.util.Set<String> keys() { return texts.keySet(); }
}
