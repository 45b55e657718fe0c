package dk.indsatskatalog.index;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DanishAnalysisTest {
    private static final Analyzer QUERY = DanishAnalysis.queryAnalyzer();

    @Test void typedSubstitutesForAeOeAaGiveTheSameTerms() {
        assertEquals(DanishAnalysis.terms(QUERY, "bydelsmødre"), DanishAnalysis.terms(QUERY, "bydelsmoedre"));
        assertEquals(DanishAnalysis.terms(QUERY, "bydelsmødre"), DanishAnalysis.terms(QUERY, "Bydelsmodre"));
        assertEquals(DanishAnalysis.terms(QUERY, "økonomisk rådgivning"), DanishAnalysis.terms(QUERY, "okonomisk raadgivning"));
        assertEquals(List.of("lektiecafe"), DanishAnalysis.terms(QUERY, "Lektiecaféer"));
    }

    @Test void stopWordsAreDroppedAndWordsStemmed() {
        assertEquals(List.of("hjaelp", "lekti"), DanishAnalysis.terms(QUERY, "hjælp til og med lektier"));
    }

    @Test void foldingIsIdempotent() {
        for (String word : List.of("bydelsmødre", "blåbær", "soeoe", "aaa", "Über")) {
            String once = DanishFolding.fold(word.toLowerCase());
            assertEquals(once, DanishFolding.fold(once), word);
        }
    }

    @Test void compoundsSplitIntoPartsTheCatalogueUsesOnTheirOwn() {
        CompoundSplitter splitter = CompoundSplitter.fromVocabulary(List.of("ungdom", "klubber", "lektier", "cafe"));
        assertEquals(List.of("ungdoms", "klubber"), splitter.parts("ungdomsklubber"));
        assertEquals(List.of("lektie", "cafe"), splitter.parts("lektiecafe"));
        assertEquals(List.of(), splitter.parts("klubber"));
        assertEquals(List.of(), splitter.parts("ungdomshus"));
    }

    @Test void theIndexChainAddsCompoundPartsAndSynonymsAtTheSamePosition() {
        SearchSynonyms synonyms = new SearchSynonyms(List.of(List.of("homework café", "lektiecafé")));
        CompoundSplitter splitter = CompoundSplitter.fromVocabulary(List.of("lektier", "cafe"));
        Analyzer index = DanishAnalysis.indexAnalyzer(synonyms.map(List.of()), splitter);
        assertEquals(List.of("homework", "lektiecaf", "lekti", "caf", "caf"), DanishAnalysis.terms(index, "Lektiecafé"));
    }
}
