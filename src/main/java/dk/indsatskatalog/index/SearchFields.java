package dk.indsatskatalog.index;

import dk.indsatskatalog.model.Anchoring;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.model.Outcome;
import dk.indsatskatalog.model.Partner;
import dk.indsatskatalog.model.Place;
import dk.indsatskatalog.model.Term;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The text of one entry as the index sees it, in weighted fields: name (Danish and English) and
 * search words weigh most, then the summary, then the rest (description, target groups, themes,
 * partners, places, findings, anchoring).
 */
public record SearchFields(String name, String words, String summary, String body) {
    /** Field name → BM25 boost. Names and search words above summary above the rest. */
    public enum Field {
        NAME(3.0f), WORDS(3.0f), SUMMARY(1.5f), BODY(1.0f);
        public final float boost;
        Field(float boost) { this.boost = boost; }
        public String key() { return name().toLowerCase(); }
    }

    public String text(Field field) {
        return switch (field) {
            case NAME -> name;
            case WORDS -> words;
            case SUMMARY -> summary;
            case BODY -> body;
        };
    }

    public static SearchFields of(Intervention entry) {
        List<String> body = new ArrayList<>();
        body.add(entry.description());
        if (entry.summary().hasEnglish()) body.add(entry.summary().en());
        for (Term t : entry.targetGroups()) body.add(t.label());
        for (Term t : entry.themes()) body.add(t.label());
        for (Partner p : entry.partners()) { body.add(p.name()); body.add(p.role()); }
        for (Place p : entry.places()) { body.add(p.municipality()); body.add(p.area()); }
        for (Outcome o : entry.evidence().outcomes()) body.add(o.finding());
        for (Anchoring a : entry.anchoring()) { body.add(a.strategy().label()); body.add(a.how()); }
        if (entry.resources() != null) {
            body.add(entry.resources().deliveredBy());
            body.add(entry.resources().staffing());
        }
        String name = entry.name().hasEnglish() ? entry.name().da() + "\n" + entry.name().en() : entry.name().da();
        return new SearchFields(name, String.join("\n", entry.searchWords()), entry.summary().da(),
            body.stream().filter(Objects::nonNull).collect(Collectors.joining("\n")));
    }
}
