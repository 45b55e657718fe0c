package dk.indsatskatalog.render;

import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.ContentHistory;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.model.Outcome;
import dk.indsatskatalog.model.RubricClass;
import dk.indsatskatalog.model.Source;
import dk.indsatskatalog.site.GeneratedPage;
import dk.indsatskatalog.site.PageContributor;
import dk.indsatskatalog.site.ReviewSchedule;
import dk.indsatskatalog.site.SiteInfo;
import dk.indsatskatalog.site.UrlPaths;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The editors' pages: one history page per entry, read from git with a single {@code git log} for
 * the whole catalogue, each change summarised in Danish from what it changed in the entry; and the
 * editors' page (/redaktion/) listing entries due for review and entries with thin evidence.
 */
public final class EditorialPages implements PageContributor {
    public static final String HISTORY_TYPE = "history";
    public static final String EDITORS_TYPE = "editors";
    public static final String EDITORS_PATH = "redaktion/";
    /** An entry's level counts as thin at or below this. */
    public static final int THIN_LEVEL = 2;

    public static String historyPath(Intervention entry) { return UrlPaths.entry(entry.slug()) + "historik/"; }

    @Override
    public List<GeneratedPage> pages(Catalogue catalogue, SiteInfo site) {
        List<Intervention> entries = catalogue.interventions().stream().sorted(dk.indsatskatalog.site.NameOrder.byName()).toList();
        ContentHistory history = site.history();
        ChangeSummaries summaries = new ChangeSummaries(catalogue.taxonomies(), site::date);
        String branch = site.setting("indsatskatalog.repository.branch");
        List<GeneratedPage> pages = new ArrayList<>();
        for (Intervention entry : entries) {
            String path = historyPath(entry);
            List<HistoryPage.Item> items = new ArrayList<>();
            for (ContentHistory.FileChange change : history.changes(entry.sourcePath())) {
                items.add(new HistoryPage.Item(change.commit(), summaries.sentence(change.changes())));
            }
            pages.add(new GeneratedPage(HISTORY_TYPE, UrlPaths.file(path), new HistoryPage(path, entry, history.available(),
                items, site.repositoryUrl() + "/commit/",
                site.repositoryUrl() + "/commits/" + branch + "/" + entry.sourcePath())));
        }
        ReviewSchedule schedule = site.review();
        List<EditorsPage.Overdue> overdue = entries.stream().filter(e -> schedule.isDue(e.lastReviewed()))
            .sorted(Comparator.comparing(Intervention::lastReviewed).thenComparing(dk.indsatskatalog.site.NameOrder.byName()))
            .map(e -> new EditorsPage.Overdue(e, schedule.dueDate(e.lastReviewed()))).toList();
        List<EditorsPage.Thin> thin = entries.stream().filter(EditorialPages::isThin)
            .sorted(Comparator.comparing((Intervention e) -> e.evidence().level().number()).thenComparing(dk.indsatskatalog.site.NameOrder.byName()))
            .map(e -> new EditorsPage.Thin(e, carryingStudies(e).size(), e.evidence().level().number() <= THIN_LEVEL)).toList();
        pages.add(new GeneratedPage(EDITORS_TYPE, UrlPaths.file(EDITORS_PATH),
            new EditorsPage(EDITORS_PATH, PageTexts.get("editors.title"), schedule, overdue, thin)));
        return pages;
    }

    /**
     * Thin evidence (tynd evidens): headline level 1 or 2, or the outcomes that give the headline
     * level rest together on at most one study that is more than a description of practice.
     */
    public static boolean isThin(Intervention entry) {
        return entry.evidence().level().number() <= THIN_LEVEL || carryingStudies(entry).size() <= 1;
    }

    /** The distinct studies (beyond descriptions) that set the level of the findings that set the entry's headline. */
    static Set<Source> carryingStudies(Intervention entry) {
        Set<Source> studies = new LinkedHashSet<>();
        for (Outcome o : entry.evidence().settingOutcomes()) {
            if (o.rating().bestClass() != RubricClass.DESCRIPTION) studies.addAll(o.rating().setBy());
        }
        return studies;
    }
}
