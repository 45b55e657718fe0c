package dk.indsatskatalog.render;

import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.site.ReviewSchedule;
import dk.indsatskatalog.site.SiteInfo;

import java.util.List;
import java.util.Map;

/**
 * One intervention's page, computed so the template only prints: the entry, its sanitised
 * description, the number of each source (for citations like [3]), the related entries resolved,
 * the practical box near the top, the outcomes table's rows, the source list, and which sections
 * the page has (for its contents list). {@code reviewDue}: the entry was last reviewed longer ago
 * than the review interval ({@link ReviewSchedule}); {@code explanation}: how its evidence level is found.
 */
public record EntryPage(String path, Intervention entry, String descriptionHtml, Map<String, Integer> sourceNumbers,
                        List<Intervention> related, boolean anyEvidenceFromElsewhere, boolean reviewDue,
                        EvidenceExplanation explanation, PracticalBox practical, List<OutcomeRow> outcomes,
                        List<SourceItem> sources, List<Section> sections) {
    public EntryPage {
        sourceNumbers = Map.copyOf(sourceNumbers);
        related = List.copyOf(related);
        outcomes = List.copyOf(outcomes);
        sources = List.copyOf(sources);
        sections = List.copyOf(sections);
    }

    /** A section of the page, by its heading's id (its heading text is {@code entry.section.<id>} in the messages); {@code lang} when not Danish. */
    public record Section(String id, String lang) {}

    public String title() { return entry.name().da(); }

    /** schema.org JSON-LD for this page, safe inside a script element. */
    public String jsonLd(SiteInfo site) { return EntryJsonLd.of(this, site); }
}
