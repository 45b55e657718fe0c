package dk.indsatskatalog.render;

import dk.indsatskatalog.model.CostBand;
import dk.indsatskatalog.model.EntryChange;
import dk.indsatskatalog.model.Taxonomies;
import dk.indsatskatalog.model.Term;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;

/**
 * A Danish sentence for what one commit changed in an entry ("Evidensniveau ændret fra 4 til 2;
 * 2 fund tilføjet; beskrivelsen ændret."), from {@code change-summary.properties}. Codes are shown by
 * their names in the vocabularies, dates in Danish. Readers never see the developers' commit message.
 */
public final class ChangeSummaries {
    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final Properties TEXTS = load();

    private final Taxonomies taxonomies;
    private final Function<LocalDate, String> dates;

    public ChangeSummaries(Taxonomies taxonomies, Function<LocalDate, String> dates) {
        this.taxonomies = taxonomies;
        this.dates = dates;
    }

    /** The summary: one clause per change, joined with "; ", starting with a capital, ending with a full stop. */
    public String sentence(List<EntryChange> changes) {
        List<String> clauses = new ArrayList<>();
        for (EntryChange change : changes) clauses.add(clause(change));
        String text = String.join("; ", clauses);
        if (text.isEmpty()) return text;
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }

    String clause(EntryChange change) {
        String pattern = TEXTS.getProperty(change.key());
        if (pattern == null) throw new IllegalStateException("change-summary.properties lacks " + change.key());
        return new MessageFormat(pattern, DANISH).format(arguments(change));
    }

    private Object[] arguments(EntryChange change) {
        String key = change.key();
        List<Object> values = change.values();
        if (key.startsWith("targetGroups.") || key.startsWith("themes.")) {
            @SuppressWarnings("unchecked")
            List<String> codes = (List<String>) values.get(0);
            List<Term> terms = key.startsWith("themes.") ? taxonomies.themes() : taxonomies.targetGroups();
            List<String> names = codes.stream().map(code -> label(terms, code)).toList();
            return new Object[] {String.join(", ", names), names.size()};
        }
        if (key.equals("costBand")) return new Object[] {costBand(values.get(0)), costBand(values.get(1))};
        if (key.equals("reviewed") || key.equals("reviewedOnly")) return new Object[] {date(values.get(0))};
        return values.toArray();
    }

    private static String label(List<Term> terms, String code) {
        return terms.stream().filter(t -> t.code().equals(code)).map(Term::label).findFirst().orElse(code);
    }

    /** "ukendt", "lav", "mellem", "høj": the band's name without its explanation. */
    private static String costBand(Object code) {
        for (CostBand band : CostBand.values()) {
            if (band.code().equals(code)) return band.shortLabel().toLowerCase(DANISH);
        }
        return String.valueOf(code);
    }

    private String date(Object iso) {
        try {
            return dates.apply(LocalDate.parse(String.valueOf(iso)));
        } catch (DateTimeParseException e) {
            return String.valueOf(iso);
        }
    }

    /** Every key the wording file has, for the test that proves each change has its words. */
    static java.util.Set<String> keys() { return TEXTS.stringPropertyNames(); }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = ChangeSummaries.class.getResourceAsStream("change-summary.properties")) {
            if (in == null) throw new IllegalStateException("change-summary.properties is missing from the class path");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
