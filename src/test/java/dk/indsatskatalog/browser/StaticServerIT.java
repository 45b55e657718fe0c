package dk.indsatskatalog.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The test server behaves like the published host: the site lives under a sub-path, with the site's CSP header. */
@ExtendWith(RealSiteExtension.class)
class StaticServerIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test void theServerRootRedirectsToTheSite(RealSite site) throws Exception {
        HttpResponse<String> response = get(site.serverRoot());
        assertEquals(302, response.statusCode());
        assertEquals(site.basePath(), response.headers().firstValue("Location").orElse(""));
    }

    @Test void theSitesFolderServesTheHomePage(RealSite site) throws Exception {
        HttpResponse<String> response = get(site.baseUrl());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<html lang=\"da\">"), response.body());
    }

    @Test void aPathOutsideTheSiteIsNotFound(RealSite site) throws Exception {
        HttpResponse<String> response = get(site.serverRoot() + "index.html");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("<h1>Siden findes ikke</h1>"), response.body());
    }

    @Test void everyPageIsSentWithAContentSecurityPolicyWithoutUnsafeInline(RealSite site) throws Exception {
        List<String> problems = new ArrayList<>();
        for (String page : site.pages()) {
            String csp = get(site.url(page)).headers().firstValue("Content-Security-Policy").orElse("");
            if (!csp.contains("default-src 'self'") || csp.contains("unsafe-inline") || csp.contains("unsafe-eval")) {
                problems.add(page + ": " + csp);
            }
        }
        assertEquals(List.of(), problems);
    }
}
