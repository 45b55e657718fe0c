package dk.indsatskatalog.site;

import dk.indsatskatalog.TestProject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The policy is defined once: the header adds only what a meta tag cannot carry, and no template writes a policy of its own. */
class ContentSecurityPolicyTest {
    @Test void theHeaderIsThePagesPolicyPlusFrameAncestors() {
        assertEquals(ContentSecurityPolicy.POLICY + "; frame-ancestors 'none'", ContentSecurityPolicy.HEADER);
        assertTrue(ContentSecurityPolicy.POLICY.startsWith("default-src 'self';") && !ContentSecurityPolicy.POLICY.contains("unsafe"));
    }

    @Test void templatesPrintThePolicyAndWriteNoneOfTheirOwn() throws IOException {
        Path templates = TestProject.REPOSITORY.resolve("templates");
        List<String> ownPolicies;
        try (Stream<Path> files = Files.walk(templates)) {
            ownPolicies = files.filter(f -> f.toString().endsWith(".ftlh")).filter(f -> read(f).contains("default-src"))
                .map(f -> templates.relativize(f).toString()).toList();
        }
        assertEquals(List.of(), ownPolicies);
        assertTrue(read(templates.resolve("layouts/base.ftlh"))
            .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"${contentSecurityPolicy}\">"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
