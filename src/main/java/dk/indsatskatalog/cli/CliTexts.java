package dk.indsatskatalog.cli;

import java.util.Locale;
import java.util.ResourceBundle;

/** The command line's Danish words ({@code messages.properties}): picocli's help reads the bundle, the commands read it here. */
final class CliTexts {
    static final ResourceBundle BUNDLE = ResourceBundle.getBundle("dk.indsatskatalog.cli.messages", Locale.ROOT);

    private CliTexts() {}

    /** The text for {@code key} with {@code {0}}, {@code {1}} … filled in as they stand. */
    static String get(String key, Object... args) {
        String text = BUNDLE.getString(key);
        for (int i = 0; i < args.length; i++) text = text.replace("{" + i + "}", String.valueOf(args[i]));
        return text;
    }
}
