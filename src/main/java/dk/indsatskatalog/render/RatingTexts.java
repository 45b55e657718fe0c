package dk.indsatskatalog.render;

import dk.indsatskatalog.model.NextStep;
import dk.indsatskatalog.model.RelatedEvidence;
import dk.indsatskatalog.model.RubricClass;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The Danish wording of the rubric's results on entry pages, from {@code rating.properties}. */
final class RatingTexts {
    private static final Properties TEXTS = load();

    private RatingTexts() {}

    /** The Danish name of a design class, e.g. "Målt forandring". */
    static String classLabel(RubricClass c) { return text("class." + c.code()); }

    static String nextStep(NextStep step) { return text("next." + step.code()); }

    /** "Evidens for en beslægtet indsats" and the like: the label of a related-evidence line. */
    static String lineLabel(RelatedEvidence line) { return text("line." + key(line)); }

    /** Why such evidence does not set the entry's level. */
    static String whyNotCounted(RelatedEvidence line) { return text("why." + key(line)); }

    private static String key(RelatedEvidence line) {
        return line.about() != null ? line.about().code() : line.scope().code();
    }

    private static String text(String key) {
        String text = TEXTS.getProperty(key);
        if (text == null) throw new IllegalStateException("rating.properties lacks " + key);
        return text;
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = RatingTexts.class.getResourceAsStream("rating.properties")) {
            if (in == null) throw new IllegalStateException("rating.properties is missing from the class path");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
