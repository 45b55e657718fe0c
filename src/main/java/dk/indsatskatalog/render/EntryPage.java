package dk.indsatskatalog.render;

import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.site.ReviewSchedule;
import dk.indsatskatalog.site.SiteInfo;

import java.util.List;
import java.util.Map;

/**
 * One intervention's page: the entry, its sanitised description, the number of each source
 * (for citations like [3]), the related entries resolved, and the edit link. {@code reviewDue}: the
 * entry was last reviewed longer ago than the review interval ({@link ReviewSchedule}); {@code explanation}:
 * how its evidence level is found.
 */
public record EntryPage(String path, Intervention entry, String descriptionHtml, Map<String, Integer> sourceNumbers,
                        List<Intervention> related, String editUrl, boolean anyEvidenceFromElsewhere,
                        boolean reviewDue, EvidenceExplanation explanation) {
    public String title() { return entry.name().da(); }

    /** schema.org JSON-LD for this page, safe inside a script element. */
    public String jsonLd(SiteInfo site) { return EntryJsonLd.of(this, site); }
}
