package dk.indsatskatalog.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.model.Source;
import dk.indsatskatalog.model.SourceKind;
import dk.indsatskatalog.model.Term;

import java.io.UncheckedIOException;

/**
 * schema.org structured data (JSON-LD) for {@code <script type="application/ld+json">}: a data block,
 * which browsers never run, so the CSP's {@code script-src 'self'} allows it. The JSON escapes
 * {@code <}, {@code >} and {@code &}, so editor text can never close the element ({@code </script>}).
 */
public final class JsonLd {
    public static final String CC_BY = "https://creativecommons.org/licenses/by/4.0/";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        MAPPER.getFactory().setCharacterEscapes(new CharacterEscapes() {
            private final int[] escapes;
            {
                escapes = standardAsciiEscapesForJSON();
                escapes['<'] = ESCAPE_STANDARD;
                escapes['>'] = ESCAPE_STANDARD;
                escapes['&'] = ESCAPE_STANDARD;
            }
            @Override public int[] getEscapeCodesForAscii() { return escapes; }
            @Override public SerializableString getEscapeSequence(int ch) { return null; }
        });
    }

    private JsonLd() {}

    public static ObjectNode object(String type) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("@type", type);
        return node;
    }

    /** The document with the schema.org context, as script-safe JSON. */
    public static String script(ObjectNode document) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("@context", "https://schema.org");
        root.setAll(document);
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An entry page: the page about the intervention, with every cited study as a citation. */
    static String entry(EntryPage page, SiteInfo site) {
        Intervention e = page.entry();
        String base = site.baseUrl().endsWith("/") ? site.baseUrl() : site.baseUrl() + "/";
        ObjectNode doc = object("WebPage");
        doc.put("@id", base + page.path());
        doc.put("url", base + page.path());
        doc.put("name", e.name().da());
        doc.put("description", e.summary().da());
        doc.put("inLanguage", "da");
        doc.put("dateModified", e.lastReviewed().toString());
        doc.put("license", CC_BY);
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
        partOf.put("url", base);
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
        return script(doc);
    }
}
