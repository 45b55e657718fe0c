package dk.indsatskatalog.render;

import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.model.LevelChange;
import dk.indsatskatalog.model.Release;
import dk.indsatskatalog.model.Slug;
import dk.indsatskatalog.site.GeneratedPage;
import dk.indsatskatalog.site.UrlPaths;

import java.util.List;
import java.util.Map;

/**
 * "Ændringer i vurderingerne" ({@code aendringer/}): every release that changed evidence levels,
 * newest first, with each entry's level before and after and the reason.
 */
public record ChangeLogPage(String path, String title, List<ReleaseView> releases) {
    static final String TYPE = "changes";

    /** A release and its changes, each with the entry it names (for its name and link). */
    public record ReleaseView(Release release, List<ChangeView> changes) {}

    /** One change; {@code down}/{@code up} say which way the level moved. */
    public record ChangeView(LevelChange change, Intervention entry, boolean down, boolean up) {}

    static GeneratedPage of(List<Release> log, Map<Slug, Intervention> bySlug) {
        List<ReleaseView> releases = log.stream().map(r -> new ReleaseView(r, r.changes().stream()
            .map(c -> new ChangeView(c, bySlug.get(c.entry()), c.to() < c.from(), c.to() > c.from()))
            .sorted(java.util.Comparator.comparing((ChangeView v) -> v.entry().name().da(), dk.indsatskatalog.site.NameOrder.danish())).toList())).toList();
        return new GeneratedPage(TYPE, UrlPaths.file(UrlPaths.CHANGES),
            new ChangeLogPage(UrlPaths.CHANGES, PageTexts.get("changes.title"), releases));
    }
}
