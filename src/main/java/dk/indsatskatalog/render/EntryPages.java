package dk.indsatskatalog.render;

import dk.indsatskatalog.site.SiteInfo;
import dk.indsatskatalog.site.UrlPaths;
import dk.indsatskatalog.site.ReviewSchedule;
import dk.indsatskatalog.model.Anchoring;
import dk.indsatskatalog.model.Cost;
import dk.indsatskatalog.model.Direction;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.model.Outcome;
import dk.indsatskatalog.model.Resources;
import dk.indsatskatalog.model.Slug;
import dk.indsatskatalog.model.Source;
import dk.indsatskatalog.model.Term;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Makes each entry's page record: the numbers, rows, boxes and sections its template prints. */
public final class EntryPages {
    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private final Map<Slug, Intervention> bySlug;
    private final SiteInfo site;
    private final ReviewSchedule review;

    public EntryPages(Map<Slug, Intervention> bySlug, SiteInfo site, ReviewSchedule review) {
        this.bySlug = bySlug;
        this.site = site;
        this.review = review;
    }

    public EntryPage of(Intervention entry) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<Source> sources = entry.evidence().sources();
        for (int i = 0; i < sources.size(); i++) numbers.put(sources.get(i).id().value(), i + 1);
        List<Intervention> related = entry.related().stream().map(bySlug::get).sorted(dk.indsatskatalog.site.NameOrder.byName()).toList();
        boolean elsewhere = entry.evidence().outcomes().stream().anyMatch(o -> o.rating().fromElsewhere());
        boolean reviewDue = review.isDue(entry.lastReviewed());
        EvidenceExplanation explanation = EvidenceExplanation.of(entry.evidence());
        return new EntryPage(UrlPaths.entry(entry.slug()), entry, Markdown.toHtml(entry.description(), 3), numbers, related,
            elsewhere, reviewDue, explanation, practical(entry, explanation, reviewDue), rows(entry, explanation),
            sourceItems(sources, numbers), sections(entry, related));
    }

    static PracticalBox practical(Intervention entry, EvidenceExplanation explanation, boolean reviewDue) {
        Resources r = entry.resources();
        Cost cost = r.cost();
        Set<Term> routes = new LinkedHashSet<>();
        for (Anchoring a : entry.anchoring()) routes.add(a.strategy());
        return new PracticalBox(entry.targetGroups(), entry.ageRange() == null ? null : entry.ageRange().label(),
            entry.ageRange() == null ? null : entry.ageRange().note(), entry.evidence().level(), entry.evidence().noEffectFlag(),
            explanation.setting(), r.deliveredBy(), r.staffing(), r.duration(), r.costBand().label(),
            cost == null ? null : cost.text(), cost == null ? null : amount(cost), cost == null ? List.of() : cost.sources(),
            List.copyOf(routes), entry.themes(), r.sources(), entry.lastReviewed(), reviewDue);
    }

    /** "50.000 – 120.000 kr.", "fra 50.000 kr.", or null when no source states an amount. */
    static String amount(Cost cost) {
        NumberFormat kroner = NumberFormat.getIntegerInstance(DANISH);
        if (cost.minDkk() != null && cost.maxDkk() != null) {
            return kroner.format(cost.minDkk()) + " – " + kroner.format(cost.maxDkk()) + " kr.";
        }
        if (cost.minDkk() != null) return kroner.format(cost.minDkk()) + " kr.";
        if (cost.maxDkk() != null) return kroner.format(cost.maxDkk()) + " kr.";
        return null;
    }

    static List<OutcomeRow> rows(Intervention entry, EvidenceExplanation explanation) {
        List<OutcomeRow> rows = new ArrayList<>();
        List<Outcome> outcomes = entry.evidence().outcomes();
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            EvidenceExplanation.Finding f = explanation.findings().get(i);
            rows.add(new OutcomeRow(f.number(), o.domain().label(), o.finding(), f.marks(), o.kind().label(),
                f.design().toLowerCase(DANISH), f.causalButUnverified(), o.direction().label(), o.direction().code(),
                o.rating().noEffect(), o.direction() == Direction.POSITIVE, o.level(), o.rating().counts(), o.sources()));
        }
        return rows;
    }

    List<SourceItem> sourceItems(List<Source> sources, Map<String, Integer> numbers) {
        List<SourceItem> items = new ArrayList<>();
        for (Source s : sources) {
            boolean titled = s.title() != null;
            items.add(new SourceItem(numbers.get(s.id().value()), s, titled ? s.title() : "[" + s.description() + "]", titled,
                s.kind().label(), s.design() == null ? null : s.design().label(), s.country() == null ? null : site.country(s.country()), s.setting().label(),
                s.reportsOn() == null ? null : numbers.get(s.reportsOn().id().value())));
        }
        return items;
    }

    /** The page's sections in order, by the id each heading has: the contents list links them. */
    static List<EntryPage.Section> sections(Intervention entry, List<Intervention> related) {
        List<String> ids = new ArrayList<>(List.of("kort-fortalt", "ressourcer", "niveau", "beskrivelse", "evidens", "forankring"));
        if (!entry.partners().isEmpty()) ids.add("partnere");
        ids.addAll(List.of("steder", "videnshuller", "kilder"));
        if (!related.isEmpty()) ids.add("relaterede");
        List<EntryPage.Section> sections = new ArrayList<>(ids.stream().map(id -> new EntryPage.Section(id, null)).toList());
        if (entry.summary().hasEnglish()) sections.add(new EntryPage.Section("english", "en"));
        return sections;
    }
}
