package dk.indsatskatalog.render;

import dk.indsatskatalog.model.ContentHistory.Commit;
import dk.indsatskatalog.model.Intervention;

import java.util.List;

/**
 * Ændringshistorik: the commits that changed one entry's file, newest first, each with a Danish
 * summary of what changed in the entry. {@code available} is false when the build had no git
 * history; the page then says so and links to the history on the repository host.
 */
public record HistoryPage(String path, Intervention entry, boolean available, List<Item> items,
                          String commitUrlPrefix, String fileHistoryUrl) {
    public HistoryPage { items = List.copyOf(items); }

    /** One change: its commit (date, link) and what it changed, in Danish. */
    public record Item(Commit commit, String summary) {}

    public String title() { return PageTexts.get("history.title", entry.name().da()); }
}
