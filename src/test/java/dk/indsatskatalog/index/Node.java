package dk.indsatskatalog.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs Node.js scripts from tests. Without node a test is skipped on a developer's machine
 * (scripts/test-prerequisites.sh installs it) but fails under CI ({@code CI=true}), where a skipped
 * JavaScript test would pass unseen.
 */
final class Node {
    record Run(int exitCode, String stdout, String stderr) {}

    private Node() {}

    static Run run(String... args) throws IOException, InterruptedException {
        require(available(), System.getenv("CI"));
        List<String> command = new ArrayList<>(List.of("node"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("node", ".out");
        Path err = Files.createTempFile("node", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("node " + String.join(" ", args) + " took over two minutes");
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Fails under CI (the environment variable CI is "true") and skips elsewhere when node is missing. */
    static void require(boolean available, String ci) {
        if (available) return;
        if ("true".equalsIgnoreCase(ci)) fail("node is not installed, and under CI the JavaScript tests must run: run scripts/test-prerequisites.sh");
        assumeTrue(false, "node is not installed (scripts/test-prerequisites.sh installs it)");
    }

    static boolean available() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
