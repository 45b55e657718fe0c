package dk.indsatskatalog.index;

import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.model.Slug;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LexiconTest {
    @Test void onePlainWordPerStemTheShortestSpelling() {
        Lexicon lexicon = Lexicon.of(List.of("Natteravnene går. Natteravne og natteravnene. Ungdomsklubber i Århus", "og i klubben"));
        assertEquals(List.of("klubben", "natteravne", "ungdomsklubber", "århus"), lexicon.words());
    }

    @Test void theWordsStemsAreExactlyTheSplittersDictionary() {
        Lexicon lexicon = Lexicon.of(RealCatalogue.get());
        TreeSet<String> stems = new TreeSet<>();
        for (String word : lexicon.words()) stems.add(DanishAnalysis.stem(DanishFolding.fold(word)));
        assertEquals(lexicon.splitter().stems(), stems);
        assertTrue(stems.size() > 2000, "stems: " + stems.size());
    }

    @Test void theDictionaryHoldsTheEntriesDanishProseNotTheirEnglish() {
        Intervention lektiecafe = RealCatalogue.get().find(new Slug("lektiecafe")).orElseThrow();
        String prose = SearchFields.danishProse(lektiecafe);
        assertTrue(prose.contains("Lektiecafé") && prose.contains("Ungdommens Røde Kors") && prose.contains("pensionister"), prose);
        assertFalse(prose.contains("Homework café") || prose.contains("drop-in service"), prose);
        assertFalse(Lexicon.of(RealCatalogue.get()).words().contains("skills"));
    }

    @Test void wordsAreFrontCodedAgainstThePreviousWord() {
        assertEquals(List.of("0klub", "4ben", "4ler", "0ung"), Lexicon.frontCoded(List.of("klub", "klubben", "klubler", "ung")));
    }
}
