package dk.indsatskatalog.export;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An XML document written by the JDK's {@link XMLStreamWriter}, which escapes every text and attribute
 * value, with two-space indentation so the files read well and rebuild byte-identical. Characters
 * XML 1.0 forbids (control characters a YAML escape can produce) are dropped first ({@link Xml#clean}).
 */
final class XmlWriter implements AutoCloseable {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;
    private final ByteArrayOutputStream buffer;
    private int depth;
    private boolean hasChildren;

    private XmlWriter(OutputStream out, ByteArrayOutputStream buffer) {
        this.buffer = buffer;
        try {
            xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A document written to {@code out}. */
    static XmlWriter to(OutputStream out) { return new XmlWriter(out, null); }

    /** A document kept in memory; {@link #bytes()} returns it. */
    static XmlWriter inMemory() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        return new XmlWriter(buffer, buffer);
    }

    /** Opens the root element with its default namespace (and more attributes as name, value pairs). */
    XmlWriter root(String name, String namespace, String... attributes) {
        return call(() -> {
            xml.writeCharacters("\n");
            xml.writeStartElement(name);
            xml.writeDefaultNamespace(namespace);
            attributes(attributes);
            depth = 1;
            hasChildren = false;
        });
    }

    /** Opens an element on a line of its own. */
    XmlWriter start(String name, String... attributes) {
        return call(() -> {
            indent();
            xml.writeStartElement(name);
            attributes(attributes);
            depth++;
            hasChildren = false;
        });
    }

    /** Closes the innermost open element (on its own line when it has children). */
    XmlWriter end() {
        return call(() -> {
            depth--;
            if (hasChildren) indent();
            xml.writeEndElement();
            hasChildren = true;
        });
    }

    /** {@code <name>text</name>} on a line of its own. */
    XmlWriter text(String name, String text, String... attributes) {
        return call(() -> {
            indent();
            xml.writeStartElement(name);
            attributes(attributes);
            xml.writeCharacters(Xml.clean(text));
            xml.writeEndElement();
            hasChildren = true;
        });
    }

    /** An empty element {@code <name a="…"/>} on a line of its own. */
    XmlWriter empty(String name, String... attributes) {
        return call(() -> {
            indent();
            xml.writeEmptyElement(name);
            attributes(attributes);
            hasChildren = true;
        });
    }

    /** Closes the root element and the document, ending with a newline. */
    @Override
    public void close() {
        call(() -> {
            while (depth > 0) end();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        });
    }

    /** The document, once closed (in-memory writers only). */
    byte[] bytes() {
        return buffer.toByteArray();
    }

    private void attributes(String... pairs) throws XMLStreamException {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i].startsWith("xml:")) xml.writeAttribute("xml", XMLConstants.XML_NS_URI, pairs[i].substring(4), Xml.clean(pairs[i + 1]));
            else xml.writeAttribute(pairs[i], Xml.clean(pairs[i + 1]));
        }
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
        hasChildren = true;
    }

    private interface Step { void run() throws XMLStreamException; }

    private XmlWriter call(Step step) {
        try {
            step.run();
            return this;
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof java.io.IOException io) throw new UncheckedIOException(io);
            throw new IllegalStateException(e);
        }
    }
}
