package dk.indsatskatalog.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** serve's live reload: a script tag in served HTML only, the script itself, and the reload event. */
class StaticServerTest {
    private static final String PAGE = "<!DOCTYPE html><html lang=\"da\"><body><p>Hej</p></body></html>";
    @TempDir Path site;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> get(StaticServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.ofString());
    }

    @Test void servedPagesGetTheReloadScriptButTheFilesOnDiskDoNot() throws Exception {
        Files.writeString(site.resolve("index.html"), PAGE);
        try (StaticServer server = StaticServer.start(site, 0, "/", true)) {
            HttpResponse<String> page = get(server, "/");
            assertEquals("<!DOCTYPE html><html lang=\"da\"><body><p>Hej</p><script src=\"/__serve/reload.js\" defer></script>\n</body></html>",
                page.body());
            assertEquals(dk.indsatskatalog.site.ContentSecurityPolicy.HEADER, page.headers().firstValue("Content-Security-Policy").orElse(""));
            HttpResponse<String> script = get(server, "/__serve/reload.js");
            assertEquals(200, script.statusCode());
            assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("Content-Type").orElse(""));
            assertTrue(script.body().contains("new EventSource('/__serve/events')"), script.body());
        }
        assertEquals(PAGE, Files.readString(site.resolve("index.html")));
    }

    @Test void withoutLiveReloadPagesAreServedAsTheyAre() throws Exception {
        Files.writeString(site.resolve("index.html"), PAGE);
        try (StaticServer server = StaticServer.start(site, 0, "/", false)) {
            assertEquals(PAGE, get(server, "/").body());
            assertEquals(404, get(server, "/__serve/reload.js").statusCode());
        }
    }

    @Test void anOpenPageHearsReloadAfterARebuild() throws Exception {
        Files.writeString(site.resolve("index.html"), PAGE);
        try (StaticServer server = StaticServer.start(site, 0, "/", true)) {
            HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(URI.create(server.url() + "__serve/events")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
            assertEquals("text/event-stream; charset=utf-8", stream.headers().firstValue("Content-Type").orElse(""));
            BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
            assertEquals(": connected", lines.readLine());
            assertEquals("", lines.readLine());
            server.reload();
            CompletableFuture<String> event = CompletableFuture.supplyAsync(() -> {
                try { return lines.readLine(); } catch (IOException e) { return e.toString(); }
            });
            assertEquals("data: reload", event.get(5, TimeUnit.SECONDS));
        }
    }

    @Test void theReloadTagGoesBeforeTheLastClosingBodyTag() {
        assertEquals("<body>x<script src=\"/__serve/reload.js\" defer></script>\n</body>",
            new String(StaticServer.withReloadScript("<body>x</body>".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
        assertFalse(new String(StaticServer.withReloadScript("<p>".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8).contains("</body>"));
    }

    /** A raw HTTP/1.1 request on its own socket, so a test decides when the client goes away. */
    private static java.net.Socket open(StaticServer server, String path) throws IOException {
        java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), server.port());
        socket.setSoTimeout(5000);
        socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    private static String statusLine(java.net.Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
    }

    @Test void eventStreamsOfPagesThatWentAwayAreClosedByTheHeartbeat() throws Exception {
        Files.writeString(site.resolve("index.html"), PAGE);
        try (StaticServer server = StaticServer.start(site, 0, "/", true)) {
            for (int i = 0; i < 5; i++) {
                try (java.net.Socket socket = open(server, "/__serve/events")) {
                    assertEquals("HTTP/1.1 200 OK", statusLine(socket));
                }
            }
            assertEquals(5, server.listenerCount());
            for (int beat = 0; beat < 3 && server.listenerCount() > 0; beat++) { server.heartbeat(); Thread.sleep(50); }
            assertEquals(0, server.listenerCount());
            assertEquals(200, get(server, "/").statusCode());
        }
    }

    @Test void theNumberOfOpenEventStreamsIsCapped() throws Exception {
        Files.writeString(site.resolve("index.html"), PAGE);
        try (StaticServer server = StaticServer.start(site, 0, "/", true)) {
            List<java.net.Socket> open = new java.util.ArrayList<>();
            try {
                for (int i = 0; i < StaticServer.MAX_LISTENERS; i++) {
                    java.net.Socket socket = open(server, "/__serve/events");
                    open.add(socket);
                    assertEquals("HTTP/1.1 200 OK", statusLine(socket));
                }
                try (java.net.Socket one = open(server, "/__serve/events")) {
                    assertEquals("HTTP/1.1 503 Service Unavailable", statusLine(one));
                }
                assertEquals(StaticServer.MAX_LISTENERS, server.listenerCount());
                assertEquals(200, get(server, "/").statusCode()); // pages are still served
            } finally {
                for (java.net.Socket s : open) s.close();
            }
        }
    }

    @Test void aPathThatCannotNameAFileIsABadRequest() throws Exception {
        Files.writeString(site.resolve("index.html"), PAGE);
        try (StaticServer server = StaticServer.start(site, 0, "/indsatskatalog/", false)) {
            for (String path : List.of("/indsatskatalog/%00", "/indsatskatalog/a%00.html", "/indsatskatalog/%zz", "/indsatskatalog/a%5Cb")) {
                try (java.net.Socket socket = open(server, path)) {
                    assertEquals("HTTP/1.1 400 Bad Request", statusLine(socket), path);
                }
            }
            assertEquals(200, get(server, "/").statusCode());
        }
    }
}
