package dk.indsatskatalog.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.model.Source;
import dk.indsatskatalog.model.SourceKind;
import dk.indsatskatalog.model.Term;
import dk.indsatskatalog.site.JsonLd;
import dk.indsatskatalog.site.SiteInfo;

/** schema.org JSON-LD for an entry page, written through {@link JsonLd} so it is safe inside a script element. */
final class EntryJsonLd {
    private EntryJsonLd() {}

    /** An entry page: the page about the intervention, with every cited study as a citation. */
    static String of(EntryPage page, SiteInfo site) {
        Intervention e = page.entry();
        ObjectNode doc = JsonLd.object("WebPage");
        doc.put("@id", site.absolute(page.path()));
        doc.put("url", site.absolute(page.path()));
        doc.put("name", e.name().da());
        doc.put("description", e.summary().da());
        doc.put("inLanguage", "da");
        doc.put("dateModified", e.lastReviewed().toString());
        doc.put("license", JsonLd.CC_BY);
        ObjectNode about = doc.putObject("about");
        about.put("@type", "Thing");
        about.put("name", e.name().da());
        if (e.name().hasEnglish()) about.put("alternateName", e.name().en());
        ArrayNode keywords = doc.putArray("keywords");
        for (Term t : e.themes()) keywords.add(t.label());
        for (Term t : e.targetGroups()) keywords.add(t.label());
        ObjectNode partOf = doc.putObject("isPartOf");
        partOf.put("@type", "WebSite");
        partOf.put("name", site.title());
        partOf.put("url", site.absolute(""));
        ArrayNode citations = doc.putArray("citation");
        for (Source s : e.evidence().sources()) {
            ObjectNode c = citations.addObject();
            c.put("@type", s.kind() == SourceKind.PEER_REVIEWED ? "ScholarlyArticle" : s.kind() == SourceKind.REPORT ? "Report" : "CreativeWork");
            // A source without a title of its own is described, never given an invented name.
            if (s.title() != null) c.put("name", s.title());
            else c.put("description", s.description());
            c.put("author", s.authors());
            if (s.year() != null) c.put("datePublished", String.valueOf(s.year()));
            if (s.url() != null) c.put("url", s.url());
        }
        return JsonLd.script(doc);
    }
}
