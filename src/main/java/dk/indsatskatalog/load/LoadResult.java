package dk.indsatskatalog.load;

import dk.indsatskatalog.problem.Problem;

import java.util.List;
import java.util.Map;

/**
 * Everything the loader read: taxonomy files, source files, entry files, the change log (null when the
 * project has none) and the problems found while reading.
 */
public record LoadResult(Map<TaxonomyKind, LoadedFile<List<TermDocument>>> taxonomies,
                         List<LoadedFile<SourceDocument>> sources, List<LoadedFile<EntryDocument>> entries,
                         LoadedFile<ChangeLogDocument> changeLog, List<Problem> problems) {
    public LoadResult {
        taxonomies = Map.copyOf(taxonomies);
        sources = List.copyOf(sources);
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }
}
