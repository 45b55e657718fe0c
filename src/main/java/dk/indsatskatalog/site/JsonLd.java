package dk.indsatskatalog.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
}
