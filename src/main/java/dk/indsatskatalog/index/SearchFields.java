package dk.indsatskatalog.index;

import dk.indsatskatalog.model.Anchoring;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.model.Outcome;
import dk.indsatskatalog.model.Partner;
import dk.indsatskatalog.model.Place;
import dk.indsatskatalog.model.Term;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The text of one entry as the index sees it, in weighted fields: name (Danish and English) and
 * search words weigh most, then the names of its target groups and themes, then the summary, then
 * the rest: description, partners, places and anchoring; findings and knowledge gaps; the everyday
 * words ({@link SearchWords}) for the entry's target groups, themes and outcome domains.
 */
public record SearchFields(String name, String words, String summary, String codes, String body, String findings, String needs) {
    /**
     * Field name → BM25 boost. Names and search words above the classification above summary above the
     * rest. (Chosen on the judged set, where the rest's three boosts between 0.7 and 1.5 hardly matter.)
     */
    public enum Field {
        NAME(3.0f), WORDS(3.0f), SUMMARY(1.5f),
        /** The names of the entry's target groups and themes: the editors' own classification, a short field. */
        CODES(2.0f),
        BODY(1.0f),
        /** What the studies found and what is not known: about the problem, in the studies' words. */
        FINDINGS(1.0f),
        /** Everyday words for the entry's codes: shared by many entries, so their low IDF keeps them weak. */
        NEEDS(1.0f);
        public final float boost;
        Field(float boost) { this.boost = boost; }
        public String key() { return name().toLowerCase(); }
    }

    public String text(Field field) {
        return switch (field) {
            case NAME -> name;
            case WORDS -> words;
            case SUMMARY -> summary;
            case CODES -> codes;
            case BODY -> body;
            case FINDINGS -> findings;
            case NEEDS -> needs;
        };
    }

    /** The entry's fields without everyday words. */
    public static SearchFields of(Intervention entry) { return of(entry, SearchWords.none()); }

    public static SearchFields of(Intervention entry, SearchWords everyday) {
        // Each word once: the field says which groups and themes an entry has, so "beboere" in four of
        // its target groups' names must not count four times.
        Set<String> codes = new LinkedHashSet<>();
        for (Term t : entry.targetGroups()) codes.addAll(List.of(t.label().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")));
        for (Term t : entry.themes()) codes.addAll(List.of(t.label().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")));
        List<String> body = new ArrayList<>();
        body.add(entry.description());
        if (entry.summary().hasEnglish()) body.add(entry.summary().en());
        for (Partner p : entry.partners()) { body.add(p.name()); body.add(p.role()); }
        for (Place p : entry.places()) { body.add(p.municipality()); body.add(p.area()); }
        for (Anchoring a : entry.anchoring()) { body.add(a.strategy().label()); body.add(a.how()); }
        if (entry.resources() != null) {
            body.add(entry.resources().deliveredBy());
            body.add(entry.resources().staffing());
        }
        List<String> findings = new ArrayList<>();
        for (Outcome o : entry.evidence().outcomes()) findings.add(o.finding());
        findings.addAll(entry.knowledgeGaps());
        String name = entry.name().hasEnglish() ? entry.name().da() + "\n" + entry.name().en() : entry.name().da();
        return new SearchFields(name, String.join("\n", entry.searchWords()), entry.summary().da(), String.join(" ", codes), lines(body),
            lines(findings), lines(needs(entry, everyday)));
    }

    /**
     * The entry's own Danish prose: its Danish name and summary, description, the labels of its
     * codes, partners, places, anchoring, resources, findings and knowledge gaps. Not the English
     * texts, search words or everyday words, which mix in English: an English word in the compound
     * dictionary splits Danish words wrongly ("skilsmisse" into "skills" + "misse").
     */
    public static String danishProse(Intervention entry) {
        List<String> out = new ArrayList<>(List.of(entry.name().da(), entry.summary().da(), entry.description()));
        for (Term t : entry.targetGroups()) out.add(t.label());
        for (Term t : entry.themes()) out.add(t.label());
        for (Partner p : entry.partners()) { out.add(p.name()); out.add(p.role()); }
        for (Place p : entry.places()) { out.add(p.municipality()); out.add(p.area()); }
        for (Anchoring a : entry.anchoring()) { out.add(a.strategy().label()); out.add(a.how()); }
        if (entry.resources() != null) {
            out.add(entry.resources().deliveredBy());
            out.add(entry.resources().staffing());
        }
        for (Outcome o : entry.evidence().outcomes()) out.add(o.finding());
        out.addAll(entry.knowledgeGaps());
        return lines(out);
    }

    /** The everyday words of the entry's target groups, themes and outcome domains, each code once. */
    private static List<String> needs(Intervention entry, SearchWords everyday) {
        List<String> out = new ArrayList<>();
        for (Term t : entry.targetGroups()) out.addAll(everyday.targetGroups().getOrDefault(t.code(), List.of()));
        for (Term t : entry.themes()) out.addAll(everyday.themes().getOrDefault(t.code(), List.of()));
        Set<String> domains = new LinkedHashSet<>();
        for (Outcome o : entry.evidence().outcomes()) domains.add(o.domain().code());
        for (String d : domains) out.addAll(everyday.outcomeDomains().getOrDefault(d, List.of()));
        return out;
    }

    private static String lines(List<String> parts) {
        return parts.stream().filter(Objects::nonNull).collect(Collectors.joining("\n"));
    }
}
