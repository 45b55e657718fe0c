package dk.indsatskatalog.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dk.indsatskatalog.TestProject;
import dk.indsatskatalog.build.BuildResult;
import dk.indsatskatalog.build.Pipeline;
import dk.indsatskatalog.index.Relevance;
import dk.indsatskatalog.index.SearchFields;
import dk.indsatskatalog.index.SearchWords;
import dk.indsatskatalog.model.Intervention;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Search benchmark: our static Lucene index and JS client next to Pagefind and lunr (with
 * lunr-languages' Danish stemmer), on the real catalogue and generated catalogues of 1,000 and
 * 10,000 entries. Builds every index, serves each site with gzip for text types (as GitHub Pages
 * does) and counts the bytes of every response at the server, then drives headless Chromium
 * through bench/search/*.html. Prints one table, the real search page's first searches (a known
 * word, a compound the catalogue never uses), relevance per kind of judged query beside Pagefind
 * and lunr, and the queries where Pagefind ranks better. Run it with bench/search-benchmark.sh
 * ({@code -Dbench.sizes=real} for the real catalogue only).
 *
 * <p>Arguments: REPOSITORY NODE_MODULES (where pagefind, lunr and lunr-languages are installed).
 */
public final class SearchBenchmark {
    private static final String FIRST = "lektiecafé";
    /** A first search that needs the lexicon: a compound the catalogue never uses. */
    private static final String FIRST_COMPOUND = "sprogstimuleringstilbud";
    private static final String FOLLOW_UP = "unge kriminalitet";
    private static final int RUNS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    record Size(String label, int count) {}

    record Row(String engine, String entries, double buildSeconds, long files, long indexBytes, long indexGzip,
               long firstBytes, long firstRequests, double firstMs, double firstSlowMs, long followBytes, double followMs,
               double p95, Relevance.Scores relevance, Map<String, Relevance.Scores> byKind, Map<String, List<String>> answers) {}

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args[0]).toAbsolutePath().normalize();
        Path modules = Path.of(args[1]).toAbsolutePath().normalize();
        Path work = repo.resolve("target/search-bench");
        deleteTree(work);
        List<Relevance.Judged> judged = Relevance.load(repo.resolve(Relevance.QUERIES));
        List<String> queries = judged.stream().map(Relevance.Judged::query).toList();
        List<Row> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try (Chromium browser = Chromium.start()) {
            // -Dbench.sizes=real measures the real catalogue only (relevance, first search), in a minute.
            List<String> wanted = List.of(System.getProperty("bench.sizes", "real,1000,10000").split(","));
            for (Size size : List.of(new Size("real", 0), new Size("1000", 1000), new Size("10000", 10000))) {
                if (!wanted.contains(size.label())) continue;
                Path project = size.count() == 0 ? repo : work.resolve("project-" + size.label());
                if (size.count() > 0) {
                    CatalogueGenerator.generate(repo, project, size.count());
                    // The search vocabularies too, so the generated catalogues are searched as the real one is.
                    for (String file : List.of("content/search.yml", "content/search-words.yml")) {
                        Files.copy(repo.resolve(file), project.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                Path site = work.resolve("site-" + size.label());
                BuildResult built;
                try (Pipeline pipeline = new Pipeline(project)) { built = pipeline.build(site); }
                if (!built.ok()) throw new IllegalStateException("build failed: " + built.problems());
                String entries = String.valueOf(built.catalogue().interventions().size());
                System.err.println("built " + entries + " entries; index stage " + built.times().indexMillis() + " ms");

                long t = System.nanoTime();
                run(List.of(modules.resolve(".bin/pagefind").toString(), "--site", site.toString(), "--glob", "indsatser/*/index.html"), site);
                double pagefindSeconds = (System.nanoTime() - t) / 1e9;

                Path docs = work.resolve("docs-" + size.label() + ".json");
                writeDocs(built.catalogue().interventions(), SearchWords.load(project.resolve("content"), new ArrayList<>()), docs);
                t = System.nanoTime();
                run(List.of("node", repo.resolve("bench/search/lunr-build.mjs").toString(), modules.toString(), docs.toString(),
                    site.resolve("lunr").toString()), site);
                double lunrSeconds = (System.nanoTime() - t) / 1e9;
                TestProject.copyTree(repo.resolve("bench/search"), site.resolve("bench"));

                boolean real = size.count() == 0;
                try (CountingServer server = CountingServer.start(site)) {
                    rows.add(measure(browser, server, "ours", entries, built.times().indexMillis() / 1000.0, site.resolve("search"),
                        real ? judged : null, queries));
                    notes.add("Ours, " + entries + " entries, \"" + FIRST + "\" in the harness, KB by file: " + server.firstBreakdown);
                    rows.add(measure(browser, server, "pagefind", entries, pagefindSeconds, site.resolve("pagefind"), real ? judged : null, queries));
                    rows.add(measure(browser, server, "lunr", entries, lunrSeconds, site.resolve("lunr"), real ? judged : null, queries));
                    if (real) {
                        notes.add(searchPage(browser, server, FIRST));
                        notes.add(searchPage(browser, server, FIRST_COMPOUND));
                    }
                }
                print(rows, notes, judged);
            }
        }
    }

    private static Row measure(Chromium browser, CountingServer server, String engine, String entries, double buildSeconds,
                               Path indexDir, List<Relevance.Judged> judged, List<String> queries) throws Exception {
        String page = server.url("bench/" + engine + ".html?q=" + java.net.URLEncoder.encode(FIRST, java.nio.charset.StandardCharsets.UTF_8));
        double[] fast = new double[RUNS];
        double[] slow = new double[RUNS];
        long bytes = 0, requests = 0;
        for (int i = 0; i < RUNS; i++) {
            browser.fresh(false);
            server.reset();
            fast[i] = browser.firstResults(page, "window.benchFirst");
            server.awaitIdle();
            bytes = server.bytes();
            requests = server.requests();
            server.firstBreakdown = server.breakdown();
        }
        for (int i = 0; i < RUNS; i++) {
            browser.fresh(true);
            slow[i] = browser.firstResults(page, "window.benchFirst");
        }
        browser.fresh(false);
        browser.firstResults(page, "window.benchFirst");
        server.awaitIdle();
        server.reset();
        double followMs = ((Number) browser.async(
            "const t = performance.now(); window.bench.search(arguments[0]).then(() => done(performance.now() - t))", FOLLOW_UP)).doubleValue();
        server.awaitIdle();
        long followBytes = server.bytes();
        List<Object> times = browser.async("window.bench.latency(arguments[0]).then(done)", queries);
        double[] ms = times.stream().mapToDouble(o -> ((Number) o).doubleValue()).sorted().toArray();
        double p95 = ms[(int) Math.ceil(0.95 * ms.length) - 1];
        Relevance.Scores scores = null;
        Map<String, Relevance.Scores> byKind = null;
        Map<String, List<String>> answers = new HashMap<>();
        if (judged != null) {
            List<Object> ranked = browser.async("window.bench.rank(arguments[0]).then(done)", queries);
            for (int i = 0; i < queries.size(); i++) {
                @SuppressWarnings("unchecked") List<Object> slugs = (List<Object>) ranked.get(i);
                answers.put(queries.get(i), slugs.stream().map(String::valueOf).toList());
            }
            scores = Relevance.score(judged, answers);
            byKind = Relevance.scoreByKind(judged, answers);
        }
        long[] size = folderSize(indexDir);
        return new Row(engine, entries, buildSeconds, size[0], size[1], size[2], bytes, requests, median(fast), median(slow),
            followBytes, followMs, p95, scores, byKind, answers);
    }

    /** The real search page (HTML, CSS, JS, index): what a first search costs a visitor in all. */
    private static String searchPage(Chromium browser, CountingServer server, String query) throws Exception {
        browser.fresh(false);
        server.reset();
        double ms = browser.firstResults(server.url("soeg/index.html?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8)),
            "document.querySelector('.ik-search__result') && performance.now()");
        server.awaitIdle();
        return String.format(Locale.ROOT, "Real catalogue, our search page soeg/?q=%s from an empty cache: %.1f KB in %d requests "
            + "(HTML, CSS, JS, index; gzip as served), results after %.0f ms.%n  KB by file: %s", query, server.bytes() / 1024.0, server.requests(), ms,
            server.breakdown());
    }

    /** The judged queries Pagefind ranks better than ours (first relevant entry higher), with both ranks. */
    private static List<String> pagefindAhead(List<Row> rows, List<Relevance.Judged> judged) {
        Row ours = rows.stream().filter(r -> r.engine().equals("ours") && r.byKind() != null).findFirst().orElse(null);
        Row pagefind = rows.stream().filter(r -> r.engine().equals("pagefind") && r.byKind() != null).findFirst().orElse(null);
        if (ours == null || pagefind == null) return List.of();
        List<String> out = new ArrayList<>();
        for (Relevance.Judged j : judged) {
            int a = firstRelevant(ours.answers().get(j.query()), j), b = firstRelevant(pagefind.answers().get(j.query()), j);
            if (b < a) out.add(String.format("  %-11s %-45s ours %s, pagefind %d", j.kind(), j.query(), a > Relevance.K ? "-" : String.valueOf(a), b));
        }
        return out;
    }

    private static int firstRelevant(List<String> ranked, Relevance.Judged j) {
        for (int i = 0; ranked != null && i < Math.min(Relevance.K, ranked.size()); i++) if (j.grades().getOrDefault(ranked.get(i), 0) > 0) return i + 1;
        return Relevance.K + 1;
    }

    private static void print(List<Row> rows, List<String> notes, List<Relevance.Judged> judged) {
        StringBuilder out = new StringBuilder("\n");
        out.append(String.format("%-8s | %6s | %7s | %6s | %17s | %15s | %9s | %11s | %14s | %8s | %5s | %5s%n", "engine", "docs",
            "build s", "files", "index KB raw/gz", "1st query KB/req", "1st ms", "1st ms slow", "follow-up KB/ms", "p95 ms", "MRR", "nDCG"));
        out.append("-".repeat(150)).append('\n');
        for (Row r : rows) {
            out.append(String.format(Locale.ROOT, "%-8s | %6s | %7.2f | %6d | %8.0f / %6.0f | %9.1f / %3d | %9.0f | %11.0f | %7.1f / %4.0f | %8.2f | %5s | %5s%n",
                r.engine(), r.entries(), r.buildSeconds(), r.files(), r.indexBytes() / 1024.0, r.indexGzip() / 1024.0,
                r.firstBytes() / 1024.0, r.firstRequests(), r.firstMs(), r.firstSlowMs(), r.followBytes() / 1024.0, r.followMs(), r.p95(),
                r.relevance() == null ? "" : String.format(Locale.ROOT, "%.3f", r.relevance().mrr()),
                r.relevance() == null ? "" : String.format(Locale.ROOT, "%.3f", r.relevance().ndcg())));
        }
        out.append("\nbuild s: ours = the pipeline's index stage; Pagefind and lunr = their indexing command (process start included).\n");
        out.append("1st query: \"" + FIRST + "\" from an empty cache, bytes counted at the server (gzip as served), until the network is idle;\n");
        out.append("1st ms: navigation start to results in the DOM (median of " + RUNS + "), slow = throttled to 50 ms latency, 10 Mbit/s.\n");
        out.append("follow-up: \"" + FOLLOW_UP + "\" on the same page. p95: warm latency over the " + "test set's queries. Relevance on the real catalogue only.\n");
        notes.forEach(n -> out.append(n).append('\n'));
        List<Row> judgedRows = rows.stream().filter(r -> r.byKind() != null).toList();
        if (!judgedRows.isEmpty()) {
            out.append("\nRelevance per kind of query on the real catalogue, MRR@10 / nDCG@10:\n");
            out.append(String.format("%-12s | %7s", "kind", "queries"));
            for (Row r : judgedRows) out.append(String.format(" | %-15s", r.engine()));
            out.append('\n').append("-".repeat(24 + 18 * judgedRows.size())).append('\n');
            for (String kind : judgedRows.get(0).byKind().keySet()) {
                out.append(String.format("%-12s | %7d", kind, judgedRows.get(0).byKind().get(kind).queries()));
                for (Row r : judgedRows) {
                    Relevance.Scores k = r.byKind().get(kind);
                    out.append(String.format(Locale.ROOT, " | %.3f / %.3f  ", k.mrr(), k.ndcg()));
                }
                out.append('\n');
            }
            out.append(String.format("%-12s | %7d", "all", judgedRows.get(0).relevance().queries()));
            for (Row r : judgedRows) out.append(String.format(Locale.ROOT, " | %.3f / %.3f  ", r.relevance().mrr(), r.relevance().ndcg()));
            out.append('\n');
            List<String> ahead = pagefindAhead(rows, judged);
            out.append("\nQueries where Pagefind ranks a judged entry higher than ours (rank of the first judged entry; - = not in the top 10): ")
                .append(ahead.size()).append('\n');
            ahead.forEach(line -> out.append(line).append('\n'));
        }
        System.out.println(out);
    }

    private static void writeDocs(List<Intervention> entries, SearchWords everyday, Path file) throws IOException {
        List<Map<String, String>> docs = new ArrayList<>();
        for (Intervention i : entries) {
            SearchFields f = SearchFields.of(i, everyday);
            Map<String, String> d = new LinkedHashMap<>();
            d.put("slug", i.slug().value());
            d.put("title", i.name().da());
            d.put("name", f.name());
            d.put("words", f.words());
            d.put("summary", f.summary());
            // lunr gets our extra fields in its body: the same words, without our weights.
            d.put("body", String.join("\n", f.codes(), f.body(), f.findings(), f.needs()));
            docs.add(d);
        }
        JSON.writeValue(file.toFile(), docs);
    }

    private static void run(List<String> command, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
    }

    /** Files, raw bytes and gzip bytes (each file gzipped unless it already is) of a folder. */
    private static long[] folderSize(Path dir) throws IOException {
        long files = 0, raw = 0, gz = 0;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                files++;
                raw += bytes.length;
                gz += CountingServer.compressible(f) ? gzip(bytes).length : bytes.length;
            }
        }
        return new long[] {files, raw, gz};
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) { z.write(bytes); }
        return out.toByteArray();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** A static file server that gzips text types as GitHub Pages does and counts every body byte it sends. */
    static final class CountingServer implements AutoCloseable {
        private final HttpServer server;
        private final Path root;
        private final AtomicLong bytes = new AtomicLong();
        private final AtomicLong requests = new AtomicLong();
        private final java.util.concurrent.ConcurrentSkipListMap<String, Long> bytesByPath = new java.util.concurrent.ConcurrentSkipListMap<>();
        private volatile long lastResponse = System.nanoTime();
        /** The last first query's bytes by file (see {@link #breakdown}). */
        String firstBreakdown = "";

        private CountingServer(HttpServer server, Path root) { this.server = server; this.root = root; }

        static CountingServer start(Path root) throws IOException {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
            CountingServer s = new CountingServer(http, root);
            http.createContext("/", s::handle);
            http.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8, r -> {
                Thread t = new Thread(r, "bench-server");
                t.setDaemon(true);  // so the benchmark's JVM ends when main does
                return t;
            }));
            http.start();
            return s;
        }

        static boolean compressible(Path file) {
            String name = file.getFileName().toString();
            return Stream.of(".html", ".js", ".mjs", ".css", ".json", ".svg").anyMatch(name::endsWith);
        }

        private static String type(String name) {
            if (name.endsWith(".html")) return "text/html; charset=utf-8";
            if (name.endsWith(".js") || name.endsWith(".mjs")) return "text/javascript; charset=utf-8";
            if (name.endsWith(".css")) return "text/css; charset=utf-8";
            if (name.endsWith(".json")) return "application/json";
            if (name.endsWith(".wasm")) return "application/wasm";
            return "application/octet-stream";
        }

        private void handle(HttpExchange exchange) throws IOException {
            try (exchange) {
                String path = java.net.URLDecoder.decode(exchange.getRequestURI().getPath(), java.nio.charset.StandardCharsets.UTF_8);
                Path file = root.resolve(path.substring(1)).normalize();
                if (Files.isDirectory(file)) file = file.resolve("index.html");
                if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                byte[] body = Files.readAllBytes(file);
                String accept = exchange.getRequestHeaders().getFirst("Accept-Encoding");
                if (compressible(file) && accept != null && accept.contains("gzip")) {
                    body = gzip(body);
                    exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                }
                exchange.getResponseHeaders().set("Content-Type", type(file.getFileName().toString()));
                exchange.getResponseHeaders().set("Cache-Control", "max-age=600");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) { out.write(body); }
                bytes.addAndGet(body.length);
                bytesByPath.merge(path, (long) body.length, Long::sum);
                requests.incrementAndGet();
                lastResponse = System.nanoTime();
            }
        }

        String url(String path) { return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path; }

        void reset() { bytes.set(0); requests.set(0); bytesByPath.clear(); }

        /** Bytes sent per path since the last reset, largest first: where a first search's bytes go. */
        String breakdown() {
            return bytesByPath.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue() / 1024.0))
                .collect(java.util.stream.Collectors.joining(", "));
        }

        long bytes() { return bytes.get(); }

        long requests() { return requests.get(); }

        /** Waits until no response has gone out for 500 ms (later fetches, e.g. facet bits, count too). */
        void awaitIdle() throws InterruptedException {
            while (System.nanoTime() - lastResponse < 500_000_000L) Thread.sleep(50);
        }

        @Override public void close() { server.stop(0); }
    }

    /** Debian's headless Chromium through ChromeDriver, with an emptied cache before each first query. */
    static final class Chromium implements AutoCloseable {
        private final ChromeDriver driver;
        private final Path profile;

        private Chromium(ChromeDriver driver, Path profile) { this.driver = driver; this.profile = profile; }

        static Chromium start() throws IOException {
            Path profile = Files.createTempDirectory("ik-search-bench");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("browser.binary", "/usr/bin/chromium"));
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("browser.driver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().withLogOutput(OutputStream.nullOutputStream()).build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120)).pageLoadTimeout(Duration.ofSeconds(60));
            return new Chromium(driver, profile);
        }

        /** Blank page, empty cache, and the network fast (localhost) or slow (50 ms latency, 10 Mbit/s). */
        void fresh(boolean slow) {
            driver.get("about:blank");
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
            driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false,
                "latency", slow ? 50 : 0, "downloadThroughput", slow ? 1_250_000 : -1, "uploadThroughput", slow ? 1_250_000 : -1));
        }

        /** Opens the page and returns the value of {@code expression} once it is a number (ms since navigation start). */
        double firstResults(String url, String expression) throws InterruptedException {
            driver.get(url);
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (System.nanoTime() < deadline) {
                Object v = ((JavascriptExecutor) driver).executeScript("return " + expression + ";");
                if (v instanceof Number n) return n.doubleValue();
                Thread.sleep(10);
            }
            throw new IllegalStateException("no results on " + url);
        }

        @SuppressWarnings("unchecked")
        <T> T async(String script, Object arg) {
            return (T) ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1]; " + script, arg);
        }

        @Override public void close() {
            driver.quit();
            try { deleteTree(profile); } catch (IOException e) { /* a temp folder; the OS cleans it */ }
        }
    }
}
