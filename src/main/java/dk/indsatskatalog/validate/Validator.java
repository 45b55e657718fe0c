package dk.indsatskatalog.validate;

import dk.indsatskatalog.load.DidYouMean;
import dk.indsatskatalog.load.EntryDocument;
import dk.indsatskatalog.load.LoadResult;
import dk.indsatskatalog.load.LoadedFile;
import dk.indsatskatalog.load.Problem;
import dk.indsatskatalog.load.ProblemCode;
import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.model.Slug;
import dk.indsatskatalog.model.Taxonomies;

import java.util.ArrayList;
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
}
