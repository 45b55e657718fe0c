package dk.indsatskatalog.history;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** git cat-file --batch answers are read by their sizes, so any content (even lines like a header) comes through whole. */
class EntryVersionsTest {
    @Test void blobsAreReadByTheirSizeAndMissingOnesAreLeftOut() {
        String tricky = "slug: a\nnote: \"abc blob 12\"\n";
        String out = "0123456789012345678901234567890123456789 blob " + tricky.getBytes(StandardCharsets.UTF_8).length + "\n" + tricky + "\n"
            + "aaaa^:./content/interventions/a.yml missing\n"
            + "1111111111111111111111111111111111111111 blob 9\nslug: ø\n\n";
        assertEquals(Map.of("h:./a.yml", tricky, "i:./b.yml", "slug: ø\n"),
            EntryVersions.parse(out.getBytes(StandardCharsets.UTF_8), List.of("h:./a.yml", "aaaa^:./content/interventions/a.yml", "i:./b.yml")));
    }

    @Test void aTruncatedAnswerKeepsWhatWasWhole() {
        byte[] out = "0123456789012345678901234567890123456789 blob 100\nslug: a\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(Map.of(), EntryVersions.parse(out, List.of("h:./a.yml")));
    }
}
