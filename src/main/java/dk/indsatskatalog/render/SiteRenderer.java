package dk.indsatskatalog.render;

import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.model.Taxonomies;
import dk.indsatskatalog.model.Term;
import dk.indsatskatalog.site.NameOrder;
import dk.indsatskatalog.site.GeneratedPage;
import dk.indsatskatalog.site.LatePages;
import dk.indsatskatalog.site.PageContributor;
import dk.indsatskatalog.site.SiteInfo;
import dk.indsatskatalog.site.UrlPaths;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Renders the catalogue to HTML: one page per entry, the free pages in {@code content/pages/}
 * (read by the {@link SiteToolkit}), the listings, the home and 404 pages, and every page the
 * {@link PageContributor}s add, each through its template ({@link PageTemplates}); then the assets.
 * The cost is linear in the number of entries: each page is made once from the catalogue, and pages
 * are written in parallel, since each is its own file.
 */
public final class SiteRenderer {
    static final String PAGE_TYPE = "page";
    static final String SCALE_TYPE = "scale";
    static final String INTERVENTION_TYPE = "intervention";
    static final String HOME_TYPE = "home";
    static final String LISTING_TYPE = "listing";
    static final String NOT_FOUND_TYPE = "error404";
    private static final int RECENT = 6;

    private final Path projectDir;
    private final SiteToolkit toolkit;
    /** Kept between builds ({@code serve}): parsed templates are reused until their file changes. */
    private PageTemplates templates;

    public SiteRenderer(Path projectDir, SiteToolkit toolkit) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.toolkit = toolkit;
    }

    /**
     * Writes every page and the assets into {@code siteDir} (which should be empty), with the pages
     * the contributors add. Free pages are the files {@code validate} checked ({@link FreePages#files}).
     * Pages announced by {@code later} are counted as existing; write them with the returned writer.
     */
    public LaterPages render(Catalogue catalogue, SiteInfo site, Path siteDir, List<PageContributor> contributors,
                             List<LatePages> later) throws IOException {
        // Templates are parsed once per pipeline (serve rebuilds read only changed ones again); the messages too.
        if (templates == null) templates = new PageTemplates(projectDir.resolve("templates"));
        List<GeneratedPage> pages = new ArrayList<>();
        EntryPages entryPages = new EntryPages(catalogue.bySlug(), site, site.review());
        for (Intervention entry : catalogue.interventions()) {
            String path = UrlPaths.entry(entry.slug());
            pages.add(new GeneratedPage(INTERVENTION_TYPE, UrlPaths.file(path), entryPages.of(entry)));
        }
        Map<String, String> variables = site.pageVariables();
        for (Path file : FreePages.files(projectDir)) {
            String name = file.getFileName().toString().replaceAll("\\.md$", "");
            if (!FreePages.isSafeName(name)) throw new IllegalStateException("page name validate should have refused: " + name);
            SiteToolkit.Page page = toolkit.page(file, variables);
            String path = UrlPaths.page(name);
            Object model = page.type().equals(SCALE_TYPE)
                ? ScalePage.of(path, page.title(), page.html(), catalogue.taxonomies())
                : new TextPage(path, page.title(), page.html());
            pages.add(new GeneratedPage(page.type(), UrlPaths.file(path), model));
        }
        pages.addAll(generatedPages(catalogue, site));
        for (PageContributor contributor : contributors) pages.addAll(contributor.pages(catalogue, site));
        Set<String> files = new HashSet<>();
        for (GeneratedPage page : pages) {
            if (!files.add(page.uri())) throw new IllegalStateException("two pages would be written to " + page.uri());
        }
        Set<String> announced = new HashSet<>();
        for (LatePages late : later) {
            for (String file : late.files()) {
                if (!files.add(file)) throw new IllegalStateException("two pages would be written to " + file);
                announced.add(file);
            }
        }
        // Every page knows which pages exist, so a link to an optional page appears only with the page.
        PageTemplates templates = this.templates.forPages(files);
        write(templates, pages, site, siteDir);
        toolkit.copyAssets(siteDir);
        AssetCompactor.compactCopies(projectDir.resolve("assets"), siteDir);
        return laterPages -> {
            for (GeneratedPage page : laterPages) {
                if (!announced.remove(page.uri())) throw new IllegalStateException("a late page not announced before the render: " + page.uri());
            }
            write(templates, laterPages, site, siteDir);
        };
    }

    /** Writes the pages announced to {@link #render} once what they show exists. */
    @FunctionalInterface
    public interface LaterPages {
        void write(List<GeneratedPage> pages) throws IOException;
    }

    private static void write(PageTemplates templates, List<GeneratedPage> pages, SiteInfo site, Path siteDir) throws IOException {
        try {
            pages.parallelStream().forEach(page -> {
                try {
                    templates.write(page, site, siteDir);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private List<GeneratedPage> generatedPages(Catalogue catalogue, SiteInfo site) {
        List<Intervention> all = catalogue.interventions().stream().sorted(NameOrder.byName()).toList();
        Taxonomies tax = catalogue.taxonomies();
        List<TermCount> themes = counts(tax.themes(), all, UrlPaths::theme, Intervention::themes);
        List<TermCount> groups = counts(tax.targetGroups(), all, UrlPaths::targetGroup, Intervention::targetGroups);
        List<TermCount> levels = tax.levels().stream().map(l -> new TermCount(String.valueOf(l.number()), l.label(),
            l.term().description(), UrlPaths.level(l.number()),
            (int) all.stream().filter(i -> i.evidence().level().number() == l.number()).count())).toList();
        TermCount flag = new TermCount(tax.noEffectFlag().code(), tax.noEffectFlag().label(), tax.noEffectFlag().description(),
            UrlPaths.NO_EFFECT, (int) all.stream().filter(i -> i.evidence().noEffectFlag()).count());
        List<Intervention> recent = catalogue.interventions().stream()
            .sorted(Comparator.comparing(Intervention::lastReviewed).reversed().thenComparing(NameOrder.byName()))
            .limit(RECENT).toList();

        SearchDocNumbers docs = SearchDocNumbers.of(catalogue); // the lists' filters read the index's facet bits by these
        List<GeneratedPage> pages = new ArrayList<>();
        pages.add(new GeneratedPage(HOME_TYPE, UrlPaths.file(UrlPaths.HOME),
            new HomePage(UrlPaths.HOME, site.title(), themes, groups, levels, flag, recent)));
        pages.add(listing(docs, UrlPaths.ENTRIES, PageTexts.get("all.title"), PageTexts.get("all.intro"), "all", all, List.of()));
        for (TermCount t : themes) {
            pages.add(listing(docs, t.path(), PageTexts.get("theme.title", t.label()), t.description(), "theme",
                filter(all, i -> i.themes().stream().anyMatch(x -> x.code().equals(t.code()))), themes));
        }
        for (TermCount g : groups) {
            pages.add(listing(docs, g.path(), PageTexts.get("targetGroup.title", g.label()), g.description(), "target-group",
                filter(all, i -> i.targetGroups().stream().anyMatch(x -> x.code().equals(g.code()))), groups));
        }
        for (TermCount l : levels) {
            pages.add(listing(docs, l.path(), PageTexts.get("level.title", l.code(), l.label()), l.description(), "level",
                filter(all, i -> String.valueOf(i.evidence().level().number()).equals(l.code())), levels));
        }
        pages.add(listing(docs, flag.path(), flag.label(), flag.description(), "flag", filter(all, i -> i.evidence().noEffectFlag()), levels));
        pages.add(listing(docs, UrlPaths.THEMES, PageTexts.get("themes.title"), PageTexts.get("themes.intro"), "themes", List.of(), themes));
        pages.add(listing(docs, UrlPaths.TARGET_GROUPS, PageTexts.get("targetGroups.title"), PageTexts.get("targetGroups.intro"), "target-groups", List.of(), groups));
        pages.add(listing(docs, UrlPaths.LEVELS, PageTexts.get("levels.title"), PageTexts.get("levels.intro"), "levels", List.of(), levels));
        pages.add(ChangeLogPage.of(catalogue.changeLog(), catalogue.bySlug()));
        pages.add(new GeneratedPage(NOT_FOUND_TYPE, UrlPaths.NOT_FOUND_FILE, new TextPage(UrlPaths.NOT_FOUND_FILE, PageTexts.get("notFound.title"), "")));
        return pages;
    }

    private static GeneratedPage listing(SearchDocNumbers docs, String path, String title, String intro, String kind,
                                         List<Intervention> entries, List<TermCount> siblings) {
        return new GeneratedPage(LISTING_TYPE, UrlPaths.file(path), new ListingPage(path, title, intro, kind, entries, siblings, docs));
    }

    private static List<Intervention> filter(List<Intervention> all, Predicate<Intervention> keep) {
        return all.stream().filter(keep).toList();
    }

    private static List<TermCount> counts(List<Term> terms, List<Intervention> all, Function<String, String> path,
                                          Function<Intervention, List<Term>> of) {
        return terms.stream().map(t -> new TermCount(t.code(), t.label(), t.description(), path.apply(t.code()),
            (int) all.stream().filter(i -> of.apply(i).contains(t)).count())).toList();
    }
}
