package dk.indsatskatalog.export;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Feeds and the sitemap are written by an XML writer: editor text cannot break out of its element or attribute. */
class XmlWriterTest {
    @Test void textAndAttributesComeBackAsWrittenAndForbiddenCharactersAreDropped() throws Exception {
        String hostile = "</title><script>alert(1)</script> & \"citat\" 'enkelt' \u0001slut";
        XmlWriter x = XmlWriter.inMemory();
        try (x) {
            x.root("feed", "http://www.w3.org/2005/Atom", "xml:lang", "da");
            x.text("title", hostile);
            x.empty("category", "label", hostile);
        }
        String written = new String(x.bytes(), StandardCharsets.UTF_8);
        assertEquals("""
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">
              <title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; "citat" 'enkelt' slut</title>
              <category label="&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;citat&quot; 'enkelt' slut"/>
            </feed>
            """, written);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(x.bytes())).getDocumentElement();
        String clean = hostile.replace("\u0001", "");
        assertEquals(clean, root.getElementsByTagName("title").item(0).getTextContent());
        assertEquals(clean, ((Element) root.getElementsByTagName("category").item(0)).getAttribute("label"));
    }
}
