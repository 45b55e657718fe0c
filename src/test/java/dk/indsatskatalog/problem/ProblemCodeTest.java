package dk.indsatskatalog.problem;


import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every problem code has a Danish message and hint, and problems.properties has nothing else. */
class ProblemCodeTest {
    @Test void everyCodeHasAMessageAndAHintAndNoTextIsUnused() throws IOException {
        Properties texts = new Properties();
        try (InputStream in = ProblemCode.class.getResourceAsStream("problems.properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        TreeSet<String> expected = new TreeSet<>();
        for (ProblemCode code : ProblemCode.values()) {
            expected.add(code.code() + ".message");
            expected.add(code.code() + ".hint");
            code.message("x", "y", "z");
            code.hint();
        }
        assertEquals(expected, new TreeSet<>(texts.stringPropertyNames()));
    }

    @Test void argumentsFillNumberedPlacesAndLeaveOtherBracesAndApostrophesAlone() {
        assertEquals("ukendt målgruppe \"bornn\"; mente du \"boern\"?",
            ProblemCode.UNKNOWN_CODE.message("målgruppe", "bornn", "; mente du \"boern\"?"));
        assertEquals("id'er {x} 1234567 {1", ProblemCode.fill("id'er {x} {0} {1", 1234567));
    }

    @Test void theValueIsTheArgumentTheCodeNames() {
        Problem p = Problem.of(SourcePosition.startOf(java.nio.file.Path.of("a.yml")), "themes[0]", ProblemCode.UNKNOWN_CODE,
            "tema", "kultur", "");
        assertEquals(List.of("kultur", "unknown-code"), Arrays.asList(p.value(), p.code().code()));
    }
}
