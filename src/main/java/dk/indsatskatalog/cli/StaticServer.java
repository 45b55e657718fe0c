package dk.indsatskatalog.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dk.indsatskatalog.site.ContentSecurityPolicy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A local preview server for the built site (the JDK's HTTP server; no new dependency). Serves
 * only files inside the output folder, only on the loopback address, and sends the site's CSP.
 * It can serve the site under a sub-path, as GitHub Pages does for a project site; the browser
 * tests use that to prove no link assumes the domain root.
 *
 * <p>With live reload ({@code serve}), HTML responses (never the files on disk) get one
 * {@code <script src="/__serve/reload.js">} that listens on {@code /__serve/events}
 * (server-sent events) and reloads the page after each successful rebuild: no inline script, so
 * the strict CSP holds.
 */
public final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.ofEntries(
        Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
        Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("mjs", "text/javascript; charset=utf-8"),
        Map.entry("json", "application/json; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
        Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("csv", "text/csv; charset=utf-8"),
        Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("png", "image/png"), Map.entry("ico", "image/x-icon"),
        Map.entry("bin", "application/octet-stream"), Map.entry("pdf", "application/pdf"));

    static final String RELOAD_SCRIPT_PATH = "/__serve/reload.js";
    static final String EVENTS_PATH = "/__serve/events";
    static final String RELOAD_TAG = "<script src=\"" + RELOAD_SCRIPT_PATH + "\" defer></script>";

    /** Open pages listening for reloads; more are refused (503), so a flood of tabs or scripts cannot exhaust descriptors. */
    static final int MAX_LISTENERS = 64;
    /** How often open event streams are written to, so one whose page went away fails and is closed. */
    static final long HEARTBEAT_SECONDS = 15;
    private static final byte[] HEARTBEAT = ": ping\n\n".getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final Path root;
    private final String basePath;
    private final boolean liveReload;
    private final List<HttpExchange> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "serve-heartbeat");
        t.setDaemon(true);
        return t;
    });

    private StaticServer(HttpServer server, Path root, String basePath, boolean liveReload) {
        this.server = server;
        this.root = root;
        this.basePath = basePath;
        this.liveReload = liveReload;
    }

    /**
     * Serves {@code root} under {@code basePath} (e.g. "/indsatskatalog/"); "/" redirects there.
     * Port 0 picks a free port.
     */
    public static StaticServer start(Path root, int port, String basePath) throws IOException {
        return start(root, port, basePath, false);
    }

    /** As {@link #start(Path, int, String)}; {@code liveReload} adds the reload script and event stream. */
    public static StaticServer start(Path root, int port, String basePath, boolean liveReload) throws IOException {
        if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
            throw new IllegalArgumentException("base path must start and end with /: " + basePath);
        }
        // Without TCP_NODELAY the JDK server's small writes wait for delayed ACKs: ~200 ms per asset.
        // The property is read once, when the server's configuration class loads.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        StaticServer s = new StaticServer(server, root.toAbsolutePath().normalize(), basePath, liveReload);
        server.createContext("/", s::handle);
        if (liveReload) {
            server.createContext(RELOAD_SCRIPT_PATH, s::script);
            server.createContext(EVENTS_PATH, s::events);
        }
        // Cached, not fixed: each open page holds one thread-free but open event stream, and
        // requests must never queue behind them.
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "serve-http");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        if (liveReload) s.heartbeat.scheduleWithFixedDelay(s::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        return s;
    }

    /** The site's address, ending in its base path. */
    public String url() { return "http://localhost:" + server.getAddress().getPort() + basePath; }

    public int port() { return server.getAddress().getPort(); }

    /** Tells every open page to reload (after a successful rebuild). */
    void reload() {
        broadcast("data: reload\n\n".getBytes(StandardCharsets.UTF_8));
    }

    /** A comment line to every open stream: a page that went away makes the write fail, and its connection is closed. */
    void heartbeat() {
        broadcast(HEARTBEAT);
    }

    /** Open event streams (for tests). */
    int listenerCount() { return listeners.size(); }

    private void broadcast(byte[] message) {
        for (HttpExchange listener : listeners) {
            try {
                listener.getResponseBody().write(message);
                listener.getResponseBody().flush();
            } catch (IOException e) {
                listeners.remove(listener); // the page was closed
                listener.close();
            }
        }
    }

    private void script(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = StaticServer.class.getResourceAsStream("reload.js")) {
            byte[] body = in.readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", TYPES.get("js"));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    /** A server-sent-events stream kept open until the page goes away or the server stops. */
    private void events(HttpExchange exchange) throws IOException {
        synchronized (listeners) {
            if (listeners.size() >= MAX_LISTENERS) {
                try (exchange) { exchange.sendResponseHeaders(503, -1); }
                return;
            }
            listeners.add(exchange); // counted now; written to only after the headers below
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        exchange.getResponseBody().write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        exchange.getResponseBody().flush();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String path = requestPath(exchange);
            if (path == null) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            if (!basePath.equals("/") && (path.equals("/") || path.equals(basePath.substring(0, basePath.length() - 1)))) {
                exchange.getResponseHeaders().set("Location", basePath);
                exchange.sendResponseHeaders(302, -1);
                return;
            }
            boolean inside = path.startsWith(basePath);
            Path file = root.resolve(inside ? path.substring(basePath.length()) : "").normalize();
            if (inside && file.startsWith(root) && Files.isDirectory(file)) file = file.resolve("index.html");
            int status = 200;
            if (!inside || !file.startsWith(root) || !Files.isRegularFile(file)) {
                status = 404;
                file = root.resolve("404.html");
            }
            byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : "Not found".getBytes();
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            if (liveReload && name.endsWith(".html")) body = withReloadScript(body);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Content-Security-Policy", ContentSecurityPolicy.HEADER);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(status, head ? -1 : body.length);
            if (!head) try (OutputStream out = exchange.getResponseBody()) { out.write(body); }
        }
    }

    /** The decoded request path, or null when it cannot name a file: a malformed escape, a control character (%00), a backslash. */
    private static String requestPath(HttpExchange exchange) {
        try {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            if (path == null || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) return null;
            Path.of(path); // throws for anything else the file system cannot name
            return path;
        } catch (IllegalArgumentException e) { // InvalidPathException included
            return null;
        }
    }

    /** The page with the reload script before its closing body tag; the file on disk is not touched. */
    static byte[] withReloadScript(byte[] html) {
        String text = new String(html, StandardCharsets.UTF_8);
        int at = text.lastIndexOf("</body>");
        text = at < 0 ? text + RELOAD_TAG : text.substring(0, at) + RELOAD_TAG + "\n" + text.substring(at);
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        listeners.forEach(HttpExchange::close);
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow(); // its threads would keep the JVM alive
    }
}
