package dk.indsatskatalog.render;

import dk.indsatskatalog.model.ContentHistory.Commit;
import dk.indsatskatalog.model.Intervention;

import java.util.List;

/**
 * Ændringshistorik: the commits that changed one entry's file. {@code available} is false when the
 * build had no git history; the page then says so and links to the history on the repository host.
 */
public record HistoryPage(String path, Intervention entry, boolean available, List<Commit> commits,
                          String commitUrlPrefix, String fileHistoryUrl) {
    public HistoryPage { commits = List.copyOf(commits); }

    public String title() { return PageTexts.get("history.title", entry.name().da()); }
}
