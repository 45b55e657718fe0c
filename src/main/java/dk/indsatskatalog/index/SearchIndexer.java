package dk.indsatskatalog.index;

import dk.indsatskatalog.build.OutputStage;
import dk.indsatskatalog.load.Problem;
import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.render.SiteInfo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The index stage: analyses the catalogue with Lucene and writes the static search index into
 * {@code search/} of the site. Synonyms come from {@code content/search.yml} and from each entry's
 * Danish and English name; the compound dictionary from the catalogue's own words.
 */
public final class SearchIndexer implements OutputStage {
    public static final String FOLDER = "search";

    private final Supplier<Path> contentDir;

    public SearchIndexer(Supplier<Path> contentDir) { this.contentDir = contentDir; }

    @Override
    public void write(Catalogue catalogue, SiteInfo site, Path siteDir) throws IOException {
        List<Problem> problems = new ArrayList<>();
        SearchSynonyms synonyms = SearchSynonyms.load(contentDir.get(), problems);
        if (!problems.isEmpty()) {
            throw new IOException("search synonyms have problems:\n" + problems.stream().sorted()
                .map(Problem::toString).collect(Collectors.joining("\n")));
        }
        new StaticIndexWriter().write(catalogue, postings(catalogue, synonyms), siteDir.resolve(FOLDER));
    }

    /** Every term of the catalogue with its BM25-weighted postings, documents in catalogue order. */
    public static SortedMap<String, List<LuceneScoring.Posting>> postings(Catalogue catalogue, SearchSynonyms synonyms) throws IOException {
        List<SearchFields> fields = catalogue.interventions().stream().map(SearchFields::of).toList();
        var analyzer = DanishAnalysis.indexAnalyzer(synonyms.map(nameGroups(catalogue)), compounds(fields));
        return LuceneScoring.score(fields, analyzer);
    }

    /** The compound dictionary: every folded word of the catalogue's text. */
    public static CompoundSplitter compounds(List<SearchFields> fields) {
        TreeSet<String> words = new TreeSet<>();
        for (SearchFields f : fields) {
            for (SearchFields.Field field : SearchFields.Field.values()) words.addAll(DanishAnalysis.foldedWords(f.text(field)));
        }
        return CompoundSplitter.fromVocabulary(words);
    }

    private static List<List<String>> nameGroups(Catalogue catalogue) {
        List<List<String>> groups = new ArrayList<>();
        for (Intervention i : catalogue.interventions()) {
            if (i.name().hasEnglish()) groups.add(List.of(i.name().da(), i.name().en()));
        }
        return groups;
    }
}
