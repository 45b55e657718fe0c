package dk.indsatskatalog.index;

import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.problem.Problem;
import dk.indsatskatalog.site.OutputStage;
import dk.indsatskatalog.site.SiteInfo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The index stage: analyses the catalogue with Lucene and writes the static search index into
 * {@code search/} of the site. Synonyms come from {@code content/search.yml} and from each entry's
 * Danish and English name; everyday words for needs and evidence from {@code content/search-words.yml};
 * the compound dictionary from the catalogue's own Danish prose.
 */
public final class SearchIndexer implements OutputStage {
    public static final String FOLDER = "search";

    private final Supplier<Path> contentDir;

    public SearchIndexer(Supplier<Path> contentDir) { this.contentDir = contentDir; }

    @Override
    public void write(Catalogue catalogue, SiteInfo site, Path siteDir) throws IOException {
        List<Problem> problems = new ArrayList<>();
        SearchSynonyms synonyms = SearchSynonyms.load(contentDir.get(), problems);
        SearchWords everyday = SearchWords.load(contentDir.get(), problems);
        if (!problems.isEmpty()) {
            // validate reports these with positions before a build gets here; this only guards a direct call
            throw new IOException("search vocabularies have problems:\n" + problems.stream().sorted()
                .map(Problem::toString).collect(Collectors.joining("\n")));
        }
        List<SearchFields> fields = fields(catalogue, everyday);
        Lexicon lexicon = Lexicon.of(catalogue);
        new StaticIndexWriter().write(catalogue, postings(catalogue, fields, synonyms, lexicon), lexicon.words(), everyday,
            siteDir.resolve(FOLDER));
    }

    /** Each entry's fields, with the everyday words for its codes. */
    public static List<SearchFields> fields(Catalogue catalogue, SearchWords everyday) {
        return catalogue.interventions().stream().map(i -> SearchFields.of(i, everyday)).toList();
    }

    /** Every term of the catalogue with its BM25-weighted postings, documents in catalogue order. */
    public static SortedMap<String, List<LuceneScoring.Posting>> postings(Catalogue catalogue, List<SearchFields> fields,
                                                                          SearchSynonyms synonyms, Lexicon lexicon) throws IOException {
        var analyzer = DanishAnalysis.indexAnalyzer(synonyms.map(nameGroups(catalogue)), lexicon.splitter());
        return LuceneScoring.score(fields, analyzer);
    }

    private static List<List<String>> nameGroups(Catalogue catalogue) {
        List<List<String>> groups = new ArrayList<>();
        for (Intervention i : catalogue.interventions()) {
            if (i.name().hasEnglish()) groups.add(List.of(i.name().da(), i.name().en()));
        }
        return groups;
    }
}
