package dk.indsatskatalog.render;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.OptionalInt;

/**
 * Markdown to safe HTML for editor text. Raw HTML is escaped (shown as text) and link targets
 * other than http(s), mailto and relative ones are dropped, so editor text cannot inject script.
 * Nesting is limited: the renderer walks the tree recursively, and 100,000 {@code >} would
 * overflow the stack. {@link #tooDeepAt} is what {@code validate} asks; {@link #toHtml} refuses
 * the same texts, so validate and build agree.
 */
public final class Markdown {
    /** Block quotes, lists and emphasis inside each other; real prose stays far below this. */
    public static final int MAX_NESTING = 32;
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
        .extensions(EXTENSIONS)
        .escapeHtml(true)
        .sanitizeUrls(true)
        // commonmark's default also lets data: through.
        .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
        // Tables scroll sideways on narrow screens (.ik-prose table): a scrollable region must be
        // reachable by keyboard (WCAG 2.1.1), so tables take focus.
        .attributeProviderFactory(context -> (node, tagName, attributes) -> {
            if (node instanceof TableBlock) attributes.put("tabindex", "0");
        })
        .build();

    private Markdown() {}

    /** Renders {@code markdown}, demoting headings so the shallowest is {@code topHeading} (keeps the page outline). */
    public static String toHtml(String markdown, int topHeading) {
        if (markdown == null || markdown.isBlank()) return "";
        Node document = PARSER.parse(markdown);
        OptionalInt tooDeep = tooDeepAt(document);
        if (tooDeep.isPresent()) {
            throw new IllegalArgumentException("Markdown nested deeper than " + MAX_NESTING + " (line " + tooDeep.getAsInt() + "); validation lets no such text through");
        }
        int shift = topHeading - 1;
        if (shift > 0) {
            document.accept(new AbstractVisitor() {
                @Override public void visit(Heading heading) {
                    heading.setLevel(Math.min(6, heading.getLevel() + shift));
                    visitChildren(heading);
                }
            });
        }
        return RENDERER.render(document);
    }

    /** The 1-based line of {@code markdown} where nesting first goes deeper than {@link #MAX_NESTING}; empty when it does not. */
    public static OptionalInt tooDeepAt(String markdown) {
        if (markdown == null || !mayNestDeeply(markdown)) return OptionalInt.empty();
        // commonmark's inline parser recurses once per level of emphasis while it parses, so a
        // text that may nest deeply is parsed on a thread whose stack holds any file we accept.
        try {
            return DEEP_STACK.submit(() -> tooDeepAt(PARSER.parse(markdown))).get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) throw runtime;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** 512 MiB of stack (reserved, used only as deep as a text goes): far more than a 256 KiB text can nest. */
    private static final java.util.concurrent.ExecutorService DEEP_STACK = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(null, r, "markdown-depth", 512L << 20);
        t.setDaemon(true);
        return t;
    });

    /** Walks the tree without recursion (the point is not to overflow the stack). */
    private static OptionalInt tooDeepAt(Node document) {
        record Visit(Node node, int depth) {}
        Deque<Visit> stack = new ArrayDeque<>();
        stack.push(new Visit(document, 0));
        while (!stack.isEmpty()) {
            Visit visit = stack.pop();
            if (visit.depth() > MAX_NESTING) return OptionalInt.of(lineOf(visit.node()));
            for (Node child = visit.node().getFirstChild(); child != null; child = child.getNext()) {
                stack.push(new Visit(child, visit.depth() + 1));
            }
        }
        return OptionalInt.empty();
    }

    /** The first line of the nearest node that knows where it stands (inline nodes carry no spans here). */
    private static int lineOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) return spans.get(0).getLineIndex() + 1;
        }
        return 1;
    }

    /**
     * Each level of nesting needs a marker of its own: a container ({@code >}, a bullet, a list
     * number) in the run of markers that starts its line, or an emphasis or link bracket
     * ({@code *}, {@code _}, {@code [}) anywhere. A text with fewer markers than the limit (less
     * the few levels a document always has) cannot nest too deeply and need not be parsed to be
     * judged; hyphens inside words and full stops do not count, so ordinary prose is not parsed twice.
     */
    private static boolean mayNestDeeply(String text) {
        int markers = 0;
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') { lineStart = true; continue; }
            if (lineStart) {
                if (c == ' ' || c == '\t') continue;
                if (c == '>' || c == '-' || c == '+' || c == '*') {
                    if (++markers >= MAX_NESTING - 8) return true;
                    continue;
                }
                int j = i;
                while (j < text.length() && Character.isDigit(text.charAt(j))) j++;
                if (j > i && j < text.length() && (text.charAt(j) == '.' || text.charAt(j) == ')')) {
                    if (++markers >= MAX_NESTING - 8) return true;
                    i = j;
                    continue;
                }
                lineStart = false;
            }
            if ((c == '*' || c == '_' || c == '[') && ++markers >= MAX_NESTING - 8) return true;
        }
        return false;
    }
}
