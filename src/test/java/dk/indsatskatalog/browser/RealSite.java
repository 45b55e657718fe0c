package dk.indsatskatalog.browser;

import dk.indsatskatalog.TestProject;
import dk.indsatskatalog.build.BuildResult;
import dk.indsatskatalog.build.Pipeline;
import dk.indsatskatalog.cli.StaticServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The real catalogue, built once per test JVM into {@code target/browser-site} exactly as it is
 * published (with the configured {@code site.host}), and served by the project's own
 * {@link StaticServer} under the same sub-path as on GitHub Pages ("/indsatskatalog/"), with "/"
 * redirecting there. Every HTML file in the output is a page to check, so pages that later
 * features add are covered without a change here. The browser starts on first use.
 *
 * <p>Tests get it as a parameter: {@code @ExtendWith(RealSiteExtension.class)} and
 * {@code @Test void x(RealSite site)}.
 */
public final class RealSite implements AutoCloseable {
    public static final Path OUTPUT = TestProject.REPOSITORY.resolve("target/browser-site");

    private final Path dir;
    private final String basePath;
    private final StaticServer server;
    private final List<String> pages;
    /** One Chromium per test thread: the browser test classes run side by side (failsafe's configuration). */
    private final java.util.Map<Thread, Browser> browsers = new java.util.concurrent.ConcurrentHashMap<>();

    private RealSite(Path dir, String basePath, StaticServer server, List<String> pages) {
        this.dir = dir;
        this.basePath = basePath;
        this.server = server;
        this.pages = pages;
    }

    static RealSite start() {
        try {
            Path project = TestProject.REPOSITORY;
            try (Pipeline pipeline = new Pipeline(project)) {
                BuildResult result = pipeline.build(OUTPUT);
                if (!result.ok()) throw new IllegalStateException("the real catalogue does not build: " + result.problems());
            }
            String basePath = publishedBasePath(project.resolve("jbake.properties"));
            StaticServer server = StaticServer.start(OUTPUT, 0, basePath);
            return new RealSite(OUTPUT, basePath, server, htmlFiles(OUTPUT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path part of {@code site.host}: where the site lives on its published domain. */
    private static String publishedBasePath(Path properties) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(properties)) { p.load(in); }
        String path = URI.create(p.getProperty("site.host")).getPath();
        if (path == null || path.isEmpty()) return "/";
        return path.endsWith("/") ? path : path + "/";
    }

    private static List<String> htmlFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".html") && Files.isRegularFile(f))
                .map(f -> dir.relativize(f).toString().replace('\\', '/'))
                .sorted().toList();
        }
    }

    /** The built site's folder. */
    public Path dir() { return dir; }

    /** The path the site is served and published under, e.g. "/indsatskatalog/". */
    public String basePath() { return basePath; }

    /** The site's address on the test server, ending in the base path. */
    public String baseUrl() { return server.url(); }

    /** The server's root, outside the site ("http://localhost:PORT/"). */
    public String serverRoot() { return "http://localhost:" + server.port() + "/"; }

    /** Every HTML page of the output, as paths relative to the site's root ("indsatser/x/index.html"), sorted. */
    public List<String> pages() { return pages; }

    /** The address of a page or file given relative to the site's root. */
    public String url(String page) { return baseUrl() + page; }

    public Path file(String page) { return dir.resolve(page); }

    /**
     * The first page of each kind, for checks too slow for every page: pages in one folder's
     * subfolders ("indsatser/x/index.html", "indsatser/y/index.html") are one kind; every other page
     * is its own. A page type that a later feature adds (e.g. search) is included without a change here.
     */
    public List<String> onePagePerType() {
        java.util.Map<String, String> first = new java.util.LinkedHashMap<>();
        for (String page : pages) {
            String[] parts = page.split("/");
            String kind = parts.length >= 3 ? parts[0] + "/*" : page;
            first.putIfAbsent(kind, page);
        }
        return List.copyOf(first.values());
    }

    /** The first entry page in path order. */
    public String firstEntry() {
        return pages.stream().filter(p -> p.matches("indsatser/[^/]+/index\\.html")).findFirst()
            .orElseThrow(() -> new IllegalStateException("no entry page in " + dir));
    }

    /** This thread's Chromium, started on first use and reset to its defaults before it is handed out. */
    public Browser browser() {
        Browser browser = browsers.computeIfAbsent(Thread.currentThread(), thread -> Browser.start());
        browser.reset();
        return browser;
    }

    @Override
    public synchronized void close() {
        try {
            for (Browser browser : browsers.values()) browser.close();
        } finally {
            browsers.clear();
            server.close();
        }
    }
}
