package dk.indsatskatalog.content;

import dk.indsatskatalog.TestProject;
import dk.indsatskatalog.build.Pipeline;
import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.model.Outcome;
import dk.indsatskatalog.model.Slug;
import dk.indsatskatalog.model.Study;
import dk.indsatskatalog.model.Term;
import dk.indsatskatalog.validate.Validation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Walks the real catalogue in content/: the checks the editors' rules promise beyond single-entry validation. */
class RealCatalogueTest {
    private static Catalogue catalogue;

    @BeforeAll static void load() {
        try (Pipeline pipeline = new Pipeline(TestProject.REPOSITORY)) {
            Validation validation = pipeline.validate();
            assertEquals(List.of(), validation.problems().stream().map(Object::toString).toList());
            catalogue = validation.catalogue();
        }
    }

    /** Every entry file became an intervention (41 at the start; editors add more by pull request). */
    @Test void theCatalogueHoldsEveryEntryFile() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(TestProject.REPOSITORY.resolve("content/interventions"))) {
            long count = files.filter(f -> f.getFileName().toString().endsWith(".yml")).count();
            assertTrue(count >= 41, "the catalogue started with 41 entries: " + count);
            assertEquals(count, catalogue.interventions().size());
        }
    }

    @Test void everyEntryCitesAtLeastOneStudyAndEveryOutcomeRestsOnOne() {
        List<String> bare = new ArrayList<>();
        for (Intervention i : catalogue.interventions()) {
            if (i.evidence().studies().isEmpty()) bare.add(i.slug() + " has no study");
            for (Outcome o : i.evidence().outcomes()) if (o.studies().isEmpty()) bare.add(i.slug() + ": " + o.finding());
        }
        assertEquals(List.of(), bare);
    }

    @Test void noTwoEntriesGiveOneSourceUrlDifferentTitles() {
        Map<String, Set<String>> titlesByUrl = new TreeMap<>();
        for (Intervention i : catalogue.interventions()) {
            for (Study s : i.evidence().studies()) {
                if (s.url() != null) titlesByUrl.computeIfAbsent(s.url(), u -> new TreeSet<>()).add(s.title());
            }
        }
        Map<String, Set<String>> conflicts = titlesByUrl.entrySet().stream().filter(e -> e.getValue().size() > 1)
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        assertEquals(Map.of(), conflicts);
    }

    @Test void relatedLinksPointBothWays() {
        Map<Slug, Intervention> bySlug = catalogue.bySlug();
        List<String> oneWay = new ArrayList<>();
        for (Intervention i : catalogue.interventions()) {
            for (Slug r : i.related()) {
                if (!bySlug.get(r).related().contains(i.slug())) oneWay.add(i.slug() + " → " + r);
            }
        }
        assertEquals(List.of(), oneWay);
    }

    @Test void everyThemeAndTargetGroupIsUsed() {
        assertEquals(List.of(), unused(catalogue.taxonomies().themes(), Intervention::themes));
        assertEquals(List.of(), unused(catalogue.taxonomies().targetGroups(), Intervention::targetGroups));
    }

    @Test void everyEntryHasAnEnglishNameSummaryAndSearchWords() {
        List<String> missing = new ArrayList<>();
        for (Intervention i : catalogue.interventions()) {
            if (!i.name().hasEnglish()) missing.add(i.slug() + ": name.en");
            if (!i.summary().hasEnglish()) missing.add(i.slug() + ": summary.en");
            if (i.searchWords().isEmpty()) missing.add(i.slug() + ": searchWords");
        }
        assertEquals(List.of(), missing);
    }

    @Test void everyEntryWasReviewedAndSaysWhereItIsUsedOrThatItIsUnknown() {
        for (Intervention i : catalogue.interventions()) {
            assertTrue(!i.places().isEmpty() || !i.knowledgeGaps().isEmpty(), i.slug() + " has neither places nor knowledge gaps");
        }
    }

    private static List<String> unused(List<Term> terms, Function<Intervention, List<Term>> of) {
        Set<Term> used = catalogue.interventions().stream().flatMap(i -> of.apply(i).stream()).collect(Collectors.toSet());
        return terms.stream().filter(t -> !used.contains(t)).map(Term::code).toList();
    }
}
