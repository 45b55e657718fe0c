package dk.indsatskatalog.validate;

import dk.indsatskatalog.load.EntryDocument;
import dk.indsatskatalog.load.LoadResult;
import dk.indsatskatalog.load.LoadedFile;
import dk.indsatskatalog.load.SourceDocument;
import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.model.Release;
import dk.indsatskatalog.model.Slug;
import dk.indsatskatalog.model.Source;
import dk.indsatskatalog.model.SourceId;
import dk.indsatskatalog.model.Taxonomies;
import dk.indsatskatalog.problem.DidYouMean;
import dk.indsatskatalog.problem.Problem;
import dk.indsatskatalog.problem.ProblemCode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Validates everything the loader read and builds the catalogue when nothing is wrong. */
public final class Validator {

    public Validation validate(LoadResult loaded) {
        List<Problem> problems = new ArrayList<>(loaded.problems());
        Taxonomies taxonomies = new TaxonomyValidator().validate(loaded.taxonomies(), problems);
        if (taxonomies == null) return new Validation(null, problems); // entries cannot be judged without vocabularies

        Map<SourceId, Source> register = new SourceValidator(taxonomies, problems).validate(loaded.sources());
        List<Intervention> interventions = new ArrayList<>();
        for (LoadedFile<EntryDocument> file : loaded.entries()) {
            if (file.document() == null) continue;
            Intervention intervention = new EntryValidator(taxonomies, register, file, problems).validate();
            if (intervention != null) {
                interventions.add(intervention);
            }
        }
        relatedSlugsExist(loaded.entries(), problems);
        relatedLinksPointBothWays(loaded.entries(), problems);
        everySourceIsCited(loaded.sources(), loaded.entries(), problems);
        oneFilePerSourceUrl(loaded.sources(), problems);
        List<Source> sources = register.values().stream().filter(Objects::nonNull).toList();
        Set<String> entryFiles = new TreeSet<>();
        for (LoadedFile<EntryDocument> file : loaded.entries()) entryFiles.add(slugOf(file));
        Map<Slug, Intervention> current = new HashMap<>();
        for (Intervention i : interventions) current.put(i.slug(), i);
        List<Release> changeLog = new ChangeLogValidator(problems).validate(loaded.changeLog(), entryFiles, current);
        return new Validation(problems.isEmpty() ? new Catalogue(taxonomies, sources, interventions, changeLog) : null,
            problems, interventions);
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
     * A source no entry cites (directly, or through a news item that reports on it) is clutter or a
     * forgotten citation. Read from the documents, so one broken entry does not make its sources look unused.
     */
    private static void everySourceIsCited(List<LoadedFile<SourceDocument>> sources, List<LoadedFile<EntryDocument>> entries,
                                           List<Problem> problems) {
        if (entries.stream().anyMatch(f -> f.document() == null)) return; // a broken entry may be the one citing it
        Set<String> cited = new HashSet<>();
        for (LoadedFile<EntryDocument> file : entries) cited.addAll(citedIds(file.document()));
        for (LoadedFile<SourceDocument> file : sources) {
            if (file.document() != null && file.document().reportsOn() != null && cited.contains(SourceValidator.idOf(file))) {
                cited.add(file.document().reportsOn().strip());
            }
        }
        for (LoadedFile<SourceDocument> file : sources) {
            String id = SourceValidator.idOf(file);
            if (!cited.contains(id)) problems.add(Problem.of(file.positions().of(""), "", ProblemCode.SOURCE_UNUSED, id));
        }
    }

    /** Every source id an entry cites, in any field. */
    static Set<String> citedIds(EntryDocument d) {
        Set<String> ids = new HashSet<>();
        java.util.function.Consumer<List<String>> add = list -> { if (list != null) list.forEach(id -> ids.add(id.strip())); };
        add.accept(d.descriptionSources());
        if (d.resources() != null) {
            add.accept(d.resources().sources());
            if (d.resources().cost() != null) add.accept(d.resources().cost().sources());
        }
        if (d.anchoring() != null) d.anchoring().forEach(a -> add.accept(a.sources()));
        if (d.places() != null) d.places().forEach(p -> add.accept(p.sources()));
        if (d.evidence() != null && d.evidence().outcomes() != null) d.evidence().outcomes().forEach(o -> add.accept(o.sources()));
        return ids;
    }

    /** One publication is one file: a second file with the same address is the same source coded twice. */
    private static void oneFilePerSourceUrl(List<LoadedFile<SourceDocument>> sources, List<Problem> problems) {
        Map<String, LoadedFile<SourceDocument>> first = new HashMap<>();
        for (LoadedFile<SourceDocument> file : sources) {
            if (file.document() == null || file.document().url() == null || file.document().url().isBlank()) continue;
            LoadedFile<SourceDocument> earlier = first.putIfAbsent(file.document().url().strip(), file);
            if (earlier != null) {
                problems.add(file.positions().problem("url", ProblemCode.SOURCE_URL_TWICE, file.document().url().strip(),
                    earlier.file().toString().replace('\\', '/')));
            }
        }
    }

    private static String slugOf(LoadedFile<EntryDocument> file) {
        return file.file().getFileName().toString().replaceAll("\\.yml$", "");
    }
}
