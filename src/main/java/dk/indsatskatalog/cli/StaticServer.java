package dk.indsatskatalog.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local preview server for the built site (the JDK's HTTP server; no new dependency). Serves
 * only files inside the output folder, only on the loopback address, and sends the site's CSP.
 * It can serve the site under a sub-path, as GitHub Pages does for a project site; the browser
 * tests use that to prove no link assumes the domain root.
 */
public final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.ofEntries(
        Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
        Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("mjs", "text/javascript; charset=utf-8"),
        Map.entry("json", "application/json; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
        Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("csv", "text/csv; charset=utf-8"),
        Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("png", "image/png"), Map.entry("ico", "image/x-icon"),
        Map.entry("bin", "application/octet-stream"), Map.entry("pdf", "application/pdf"));
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private final HttpServer server;
    private final Path root;
    private final String basePath;

    private StaticServer(HttpServer server, Path root, String basePath) {
        this.server = server;
        this.root = root;
        this.basePath = basePath;
    }

    /** Serves {@code root} at the root of localhost. */
    public static StaticServer start(Path root, int port) throws IOException { return start(root, port, "/"); }

    /**
     * Serves {@code root} under {@code basePath} (e.g. "/indsatskatalog/"); "/" redirects there.
     * Port 0 picks a free port.
     */
    public static StaticServer start(Path root, int port, String basePath) throws IOException {
        if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
            throw new IllegalArgumentException("base path must start and end with /: " + basePath);
        }
        // Without TCP_NODELAY the JDK server's small writes wait for delayed ACKs: ~200 ms per asset.
        // The property is read once, when the server's configuration class loads.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        StaticServer s = new StaticServer(server, root.toAbsolutePath().normalize(), basePath);
        server.createContext("/", s::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return s;
    }

    /** The site's address, ending in its base path. */
    public String url() { return "http://localhost:" + server.getAddress().getPort() + basePath; }

    public int port() { return server.getAddress().getPort(); }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
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
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(status, head ? -1 : body.length);
            if (!head) try (OutputStream out = exchange.getResponseBody()) { out.write(body); }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow(); // its threads would keep the JVM alive
    }
}
