package dk.indsatskatalog.validate;

import dk.indsatskatalog.load.DidYouMean;
import dk.indsatskatalog.load.EntryDocument;
import dk.indsatskatalog.load.LoadResult;
import dk.indsatskatalog.load.LoadedFile;
import dk.indsatskatalog.load.Problem;
import dk.indsatskatalog.load.ProblemCode;
import dk.indsatskatalog.load.SourcePosition;
import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.model.Slug;
import dk.indsatskatalog.model.Taxonomies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Validates everything the loader read and builds the catalogue when nothing is wrong. */
public final class Validator {

    public Validation validate(LoadResult loaded) {
        List<Problem> problems = new ArrayList<>(loaded.problems());
        Taxonomies taxonomies = new TaxonomyValidator().validate(loaded.taxonomies(), problems);
        if (taxonomies == null) return new Validation(null, problems); // entries cannot be judged without vocabularies

        List<Intervention> interventions = new ArrayList<>();
        for (LoadedFile<EntryDocument> file : loaded.entries()) {
            if (file.document() == null) continue;
            Intervention intervention = new EntryValidator(taxonomies, file, problems).validate();
            if (intervention != null) {
                interventions.add(intervention);
            }
        }
        relatedSlugsExist(loaded.entries(), problems);
        relatedLinksPointBothWays(loaded.entries(), problems);
        oneTitlePerSourceUrl(loaded.entries(), problems);
        return new Validation(problems.isEmpty() ? new Catalogue(taxonomies, interventions) : null, problems);
    }

    /** Checked against every entry file present, so one broken entry does not make its neighbours' links fail too. */
    private static void relatedSlugsExist(List<LoadedFile<EntryDocument>> entries, List<Problem> problems) {
        Set<String> existing = new TreeSet<>();
        for (LoadedFile<EntryDocument> file : entries) existing.add(file.file().getFileName().toString().replaceAll("\\.yml$", ""));
        for (LoadedFile<EntryDocument> file : entries) {
            if (file.document() == null || file.document().related() == null) continue;
            List<String> related = file.document().related();
            for (int i = 0; i < related.size(); i++) {
                String slug = related.get(i);
                if (Slug.isWellFormed(slug) && !existing.contains(slug)) {
                    problems.add(file.positions().problem("related[" + i + "]", ProblemCode.RELATED_MISSING, slug,
                        DidYouMean.hint(slug, existing)));
                }
            }
        }
    }

    /**
     * A link A → B needs B → A. Reported at A's {@code related} item (the file an editor adding the
     * link is editing), naming B's file and, when B has one, where its {@code related} list stands.
     */
    private static void relatedLinksPointBothWays(List<LoadedFile<EntryDocument>> entries, List<Problem> problems) {
        Map<String, LoadedFile<EntryDocument>> bySlug = new HashMap<>();
        for (LoadedFile<EntryDocument> file : entries) bySlug.put(slugOf(file), file);
        for (LoadedFile<EntryDocument> file : entries) {
            if (file.document() == null || file.document().related() == null) continue;
            String own = slugOf(file);
            List<String> related = file.document().related();
            for (int i = 0; i < related.size(); i++) {
                LoadedFile<EntryDocument> other = bySlug.get(related.get(i));
                if (other == null || other.document() == null || own.equals(related.get(i)) || related.indexOf(related.get(i)) < i) continue;
                List<String> back = other.document().related();
                if (back == null || !back.contains(own)) {
                    Object where = back == null ? other.file().toString().replace('\\', '/') : other.positions().of("related");
                    problems.add(file.positions().problem("related[" + i + "]", ProblemCode.RELATED_ONE_WAY, related.get(i), own, where));
                }
            }
        }
    }

    /**
     * One source URL is one source: every entry citing it gives the same title. Files are taken in
     * name order and studies in file order; each later differing title is reported, naming the first.
     */
    private static void oneTitlePerSourceUrl(List<LoadedFile<EntryDocument>> entries, List<Problem> problems) {
        record First(String title, SourcePosition at) {}
        Map<String, First> firstByUrl = new HashMap<>();
        List<LoadedFile<EntryDocument>> sorted = entries.stream().filter(f -> f.document() != null)
            .sorted(Comparator.comparing(f -> f.file().toString().replace('\\', '/'))).toList();
        for (LoadedFile<EntryDocument> file : sorted) {
            List<EntryDocument.StudyDocument> studies = file.document().evidence().studies();
            for (int i = 0; i < studies.size(); i++) {
                EntryDocument.StudyDocument s = studies.get(i);
                if (s.url() == null || s.url().isBlank() || s.title() == null) continue;
                String path = "evidence.studies[" + i + "].title";
                First first = firstByUrl.putIfAbsent(s.url().strip(), new First(s.title().strip(), file.positions().of(path)));
                if (first != null && !first.title().equals(s.title().strip())) {
                    problems.add(file.positions().problem(path, ProblemCode.SOURCE_TITLE_DIFFERS, s.title().strip(), s.url().strip(),
                        first.title(), first.at()));
                }
            }
        }
    }

    private static String slugOf(LoadedFile<EntryDocument> file) {
        return file.file().getFileName().toString().replaceAll("\\.yml$", "");
    }
}
