package dk.indsatskatalog.render;

import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML fragment parsed as a browser would (the Nu HTML parser), with what component tests ask of
 * it: simple CSS selectors, its text, and whether anything in it could run.
 *
 * <p>Selectors: compound selectors ({@code tag.class#id[attr][attr="v"][attr^="v"]}) joined by spaces
 * (descendant). That is all the component examples need.
 */
final class Html {
    /** Elements that run, load or style something; no component ever writes one. */
    static final Set<String> ACTIVE_ELEMENTS = Set.of("script", "style", "iframe", "frame", "object", "embed", "img", "svg",
        "math", "link", "meta", "base", "form", "input", "button", "video", "audio", "source");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "data");

    private final Element body;

    private Html(Element body) { this.body = body; }

    static Html parse(String fragment) {
        try {
            HtmlDocumentBuilder builder = new HtmlDocumentBuilder(XmlViolationPolicy.ALTER_INFOSET);
            Document doc = builder.parse(new InputSource(new StringReader(
                "<!DOCTYPE html><html lang=\"da\"><head><title>x</title></head><body>" + fragment + "</body></html>")));
            return new Html((Element) doc.getElementsByTagNameNS("*", "body").item(0));
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "dt", "dd", "tr", "td", "th", "caption", "h1", "h2", "h3",
        "h4", "h5", "h6", "ul", "ol", "dl", "section", "nav", "article", "header", "footer", "table", "br", "template");

    /** The text as a reader sees it: blocks (list items, cells, paragraphs) apart, white space collapsed. */
    String text() {
        StringBuilder out = new StringBuilder();
        text(body, out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static void text(Node node, StringBuilder out) {
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child.getNodeType() == Node.TEXT_NODE) {
                out.append(child.getNodeValue());
            } else {
                boolean block = child instanceof Element e && BLOCKS.contains(e.getLocalName());
                if (block) out.append(' ');
                text(child, out);
                if (block) out.append(' ');
            }
        }
    }

    /** Every element under the fragment, in document order. */
    List<Element> elements() {
        List<Element> all = new ArrayList<>();
        collect(body, all);
        return all;
    }

    private static void collect(Node node, List<Element> into) {
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e) {
                into.add(e);
                collect(e, into);
            } else {
                collect(children.item(i), into); // a template's content fragment
            }
        }
    }

    /** What in the fragment could run or load something: active elements, event attributes, script URLs. */
    List<String> activeParts() {
        List<String> found = new ArrayList<>();
        for (Element e : elements()) {
            String name = e.getLocalName();
            if (ACTIVE_ELEMENTS.contains(name)) found.add("element <" + name + ">");
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr a = (Attr) attributes.item(i);
                String attr = a.getName().toLowerCase(Locale.ROOT);
                if (attr.startsWith("on")) found.add("attribute " + attr + " on <" + name + ">");
                if (URL_ATTRIBUTES.contains(attr) && isScriptUrl(a.getValue())) found.add(attr + "=\"" + a.getValue() + "\" on <" + name + ">");
            }
        }
        return found;
    }

    /** A URL a browser would run: its scheme once white space and control characters are removed, as browsers do. */
    static boolean isScriptUrl(String url) {
        String cleaned = url.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
        return cleaned.startsWith("javascript:") || cleaned.startsWith("vbscript:") || cleaned.startsWith("data:");
    }

    /** Every attribute value in the fragment, for finding text that went into one. */
    List<String> attributeValues() {
        List<String> values = new ArrayList<>();
        for (Element e : elements()) {
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) values.add(attributes.item(i).getNodeValue());
        }
        return values;
    }

    // ---- selectors ----

    private static final Pattern COMPOUND = Pattern.compile("([a-z][a-z0-9-]*)?((?:[.#][A-Za-z0-9_-]+|\\[[^\\]]+\\])*)");
    private static final Pattern PART = Pattern.compile("\\.([A-Za-z0-9_-]+)|#([A-Za-z0-9_-]+)|\\[([a-z-]+)(?:(\\^?=)\"([^\"]*)\")?\\]");

    /** Whether at least one element matches the selector. */
    boolean has(String selector) { return !select(selector).isEmpty(); }

    List<Element> select(String selector) {
        List<String> steps = splitSteps(selector.strip());
        List<Element> current = List.of(body);
        for (String step : steps) {
            List<Element> next = new ArrayList<>();
            for (Element scope : current) {
                List<Element> under = new ArrayList<>();
                collect(scope, under);
                for (Element e : under) if (matches(e, step) && !next.contains(e)) next.add(e);
            }
            current = next;
        }
        return current;
    }

    /** Splits at spaces outside brackets and quotes. */
    private static List<String> splitSteps(String selector) {
        List<String> steps = new ArrayList<>();
        StringBuilder step = new StringBuilder();
        boolean quoted = false;
        int depth = 0;
        for (char c : selector.toCharArray()) {
            if (c == '"') quoted = !quoted;
            if (!quoted && c == '[') depth++;
            if (!quoted && c == ']') depth--;
            if (c == ' ' && !quoted && depth == 0) {
                if (!step.isEmpty()) steps.add(step.toString());
                step.setLength(0);
            } else {
                step.append(c);
            }
        }
        if (!step.isEmpty()) steps.add(step.toString());
        return steps;
    }

    private static boolean matches(Element e, String compound) {
        Matcher m = COMPOUND.matcher(compound);
        if (!m.matches()) throw new IllegalArgumentException("selector not understood: " + compound);
        if (m.group(1) != null && !m.group(1).equals(e.getLocalName())) return false;
        Matcher part = PART.matcher(m.group(2));
        while (part.find()) {
            if (part.group(1) != null && !List.of(e.getAttribute("class").split("\\s+")).contains(part.group(1))) return false;
            if (part.group(2) != null && !part.group(2).equals(e.getAttribute("id"))) return false;
            if (part.group(3) != null) {
                if (!e.hasAttribute(part.group(3))) return false;
                String value = e.getAttribute(part.group(3));
                if ("=".equals(part.group(4)) && !value.equals(part.group(5))) return false;
                if ("^=".equals(part.group(4)) && !value.startsWith(part.group(5))) return false;
            }
        }
        return true;
    }
}
