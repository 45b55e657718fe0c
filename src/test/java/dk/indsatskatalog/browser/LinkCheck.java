package dk.indsatskatalog.browser;

import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds broken internal references in a built site: links, anchors, stylesheets, scripts, images,
 * form targets and CSS {@code url(…)}s. Every reference is resolved as the browser would on the
 * published site ({@code publishedBase}, e.g. https://host/indsatskatalog/), so a link that only
 * works at a domain root is broken too. References to other hosts are not followed.
 */
final class LinkCheck {
    private static final Map<String, List<String>> REFERENCES = Map.of(
        "a", List.of("href"), "area", List.of("href"), "link", List.of("href"), "script", List.of("src"),
        "img", List.of("src", "srcset"), "source", List.of("src", "srcset"), "iframe", List.of("src"),
        "form", List.of("action"), "video", List.of("src", "poster"), "audio", List.of("src"));
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");

    private final Path dir;
    private final URI base;
    private final Map<Path, Set<String>> idsByFile = new HashMap<>();

    LinkCheck(Path dir, URI publishedBase) {
        this.dir = dir;
        this.base = publishedBase;
    }

    /** Every broken reference, as "page: element attribute=\"value\": what is wrong", in file order. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".html")) checkPage(file, problems);
                else if (name.endsWith(".css")) checkStylesheet(file, problems);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private void checkPage(Path file, List<String> problems) throws IOException {
        Document doc = parse(file);
        String page = relative(file);
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            List<String> attributes = REFERENCES.get(element.getLocalName());
            if (attributes == null) continue;
            for (String attribute : attributes) {
                if (!element.hasAttribute(attribute)) continue;
                String value = element.getAttribute(attribute);
                List<String> targets = attribute.equals("srcset") ? srcsetUrls(value) : List.of(value);
                for (String target : targets) {
                    String problem = check(page, target, element.getLocalName().equals("a") || element.getLocalName().equals("area"));
                    if (problem != null) {
                        problems.add(page + ": " + element.getLocalName() + " " + attribute + "=\"" + value + "\": " + problem);
                    }
                }
            }
        }
    }

    private void checkStylesheet(Path file, List<String> problems) throws IOException {
        String page = relative(file);
        Matcher m = CSS_URL.matcher(Files.readString(file));
        while (m.find()) {
            String target = m.group(1).trim();
            if (target.startsWith("data:")) continue;
            String problem = check(page, target, false);
            if (problem != null) problems.add(page + ": url(" + target + "): " + problem);
        }
    }

    /** Null when {@code reference} from {@code page} reaches an existing file (and anchor), else what is wrong. */
    private String check(String page, String reference, boolean anchorsMatter) throws IOException {
        if (reference.isBlank()) return "empty reference";
        URI target;
        try {
            target = base.resolve(URI.create(page.replace(" ", "%20"))).resolve(URI.create(reference.trim()));
        } catch (IllegalArgumentException e) {
            return "not a valid address";
        }
        if (target.getScheme() == null || !target.getScheme().startsWith("http")) return null; // mailto:, tel:, data:
        if (!target.getHost().equalsIgnoreCase(base.getHost())) return null; // another site
        String path = target.getPath();
        if (!path.startsWith(base.getPath())) return "outside the site (" + path + ")";
        Path file = dir.resolve(path.substring(base.getPath().length())).normalize();
        if (!file.startsWith(dir)) return "outside the site (" + path + ")";
        if (Files.isDirectory(file)) file = file.resolve("index.html");
        if (!Files.isRegularFile(file)) return "no such file " + relative(file);
        String fragment = target.getFragment();
        if (anchorsMatter && fragment != null && !fragment.isEmpty() && file.getFileName().toString().endsWith(".html")
                && !ids(file).contains(fragment)) {
            return "no id \"" + fragment + "\" in " + relative(file);
        }
        return null;
    }

    private Set<String> ids(Path file) throws IOException {
        Set<String> known = idsByFile.get(file);
        if (known != null) return known;
        Set<String> ids = new HashSet<>();
        NodeList all = parse(file).getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("id")) ids.add(e.getAttribute("id"));
            if (e.getLocalName().equals("a") && e.hasAttribute("name")) ids.add(e.getAttribute("name"));
        }
        idsByFile.put(file, ids);
        return ids;
    }

    private static List<String> srcsetUrls(String srcset) {
        List<String> urls = new ArrayList<>();
        for (String candidate : srcset.split(",")) {
            String url = candidate.trim().split("\\s+")[0];
            if (!url.isEmpty()) urls.add(url);
        }
        return urls;
    }

    private String relative(Path file) { return dir.relativize(file).toString().replace('\\', '/'); }

    private static Document parse(Path file) throws IOException {
        HtmlDocumentBuilder builder = new HtmlDocumentBuilder(XmlViolationPolicy.ALTER_INFOSET);
        try (InputStream in = Files.newInputStream(file)) {
            InputSource source = new InputSource(in);
            source.setEncoding("UTF-8");
            return builder.parse(source);
        } catch (org.xml.sax.SAXException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }
}
