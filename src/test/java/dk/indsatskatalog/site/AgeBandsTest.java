package dk.indsatskatalog.site;

import dk.indsatskatalog.model.AgeRange;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AgeBandsTest {
    private static List<Integer> ages(AgeRange range) {
        return IntStream.rangeClosed(0, 40).filter(age -> AgeBands.covers(range, age)).boxed().toList();
    }

    @Test void aRangeCoversItsAgesAndFromThirtyUpCountsAsOne() {
        assertEquals(List.of(13, 14, 15, 16, 17), ages(new AgeRange(13, 17, null)));
        assertEquals(IntStream.rangeClosed(29, 40).boxed().toList(), ages(new AgeRange(29, 72, null)));
        assertEquals(IntStream.rangeClosed(30, 40).boxed().toList(), ages(new AgeRange(35, 50, null)), "35–50 is '30 år og op'");
        assertEquals(IntStream.rangeClosed(0, 6).boxed().toList(), ages(new AgeRange(null, 6, null)));
        assertEquals(List.of(), ages(null), "no range given: no age");
    }

    @Test void aBandOverlapsARangeThatSharesAnAge() {
        assertEquals(List.of("6-12", "13-17"), AgeBands.BANDS.stream().filter(b -> b.overlaps(new AgeRange(10, 17, null))).map(AgeBands.Band::code).toList());
        assertEquals(List.of("18-29", "30"), AgeBands.BANDS.stream().filter(b -> b.overlaps(new AgeRange(29, null, null))).map(AgeBands.Band::code).toList());
    }
}
