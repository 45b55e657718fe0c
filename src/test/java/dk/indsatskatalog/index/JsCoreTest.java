package dk.indsatskatalog.index;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Runs the search client's own unit tests ({@code src/test/js/*.test.mjs}) with {@code node --test}. */
class JsCoreTest {
    @Test
    void javascriptUnitTestsPass() throws Exception {
        Node.Run run = Node.run("--test", "src/test/js/analysis.test.mjs", "src/test/js/engine.test.mjs");
        assertEquals(0, run.exitCode(), run.stdout() + run.stderr());
    }
}
