package dk.indsatskatalog.render;

import dk.indsatskatalog.model.EntryChange;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Danish sentence the history page shows for one change to an entry. */
class ChangeSummariesTest {
    private static final ChangeSummaries WORDS = new ChangeSummaries(TemplateHarness.catalogue().taxonomies(),
        TemplateHarness.site(java.util.Map.of())::date);

    private static EntryChange change(String key, Object... values) { return new EntryChange(key, List.of(values)); }

    @Test void clausesAreJoinedCapitalisedAndEndWithAFullStop() {
        assertEquals("Evidensniveau ændret fra 4 til 2; 2 fund tilføjet; 1 fund fjernet; 1 kilde tilføjet; 3 kilder fjernet; beskrivelsen ændret.",
            WORDS.sentence(List.of(change("level", 4, 2), change("findings.added", 2), change("findings.removed", 1),
                change("sources.added", 1), change("sources.removed", 3), change("description"))));
    }

    @Test void codesAreShownByTheirNamesAndDatesInDanish() {
        assertEquals("Målgrupper tilføjet: Fædre, Unge; målgruppe fjernet: Forældre; omkostningsniveau ændret fra mellem til lav; "
                + "gennemgået mod kilderne 1. december 2026.",
            WORDS.sentence(List.of(change("targetGroups.added", List.of("faedre", "unge")), change("targetGroups.removed", List.of("foraeldre")),
                change("costBand", "mellem", "lav"), change("reviewed", "2026-12-01"))));
    }

    @Test void aNewEntryAndAReviewAloneReadAsSentences() {
        assertEquals("Indsatsen kom med i kataloget på evidensniveau 3 med 1 fund.", WORDS.sentence(List.of(change("created", 3, 1))));
        assertEquals("Gennemgået mod kilderne 1. december 2026 uden ændringer i indholdet.", WORDS.sentence(List.of(change("reviewedOnly", "2026-12-01"))));
    }

    /** Every key EntryDiff can produce has its words, and the wording file has no words for keys it never produces. */
    @Test void everyChangeTheDiffMakesHasItsWords() throws Exception {
        String source = Files.readString(dk.indsatskatalog.TestProject.REPOSITORY.resolve("src/main/java/dk/indsatskatalog/history/EntryDiff.java"));
        Set<String> produced = new TreeSet<>();
        Matcher m = Pattern.compile("Change\\.of\\(\"([a-zA-Z.]+)\"").matcher(source);
        while (m.find()) produced.add(m.group(1));
        Matcher counted = Pattern.compile("count\\(changes, \"([a-zA-Z.]+)\"").matcher(source);
        while (counted.find()) produced.add(counted.group(1));
        for (String list : List.of("anchoring", "partners", "places", "knowledgeGaps")) {
            for (String what : List.of(".added", ".removed", ".changed")) produced.add(list + what);
        }
        for (String codes : List.of("targetGroups", "themes")) for (String what : List.of(".added", ".removed")) produced.add(codes + what);
        for (String text : List.of("name", "summary", "description")) produced.add(text);
        for (String text : List.of("deliveredBy", "staffing", "duration", "cost")) produced.add("resources." + text);
        produced.removeIf(k -> k.endsWith("."));
        assertEquals(produced, new TreeSet<>(ChangeSummaries.keys()));
    }
}
