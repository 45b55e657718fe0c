package dk.indsatskatalog.render;

import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.model.Outcome;
import dk.indsatskatalog.model.Slug;
import dk.indsatskatalog.model.Source;
import dk.indsatskatalog.model.Taxonomies;
import dk.indsatskatalog.model.Term;
import org.jbake.app.Asset;
import org.jbake.app.ContentStore;
import org.jbake.app.Parser;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.parser.Engines;
import org.slf4j.bridge.SLF4JBridgeHandler;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Renders the catalogue to HTML through JBake's own parts: its parser registry fills its content
 * store, and every stored document is rendered once by its {@link Renderer}. Generated pages
 * (home, listings, 404) go straight to the renderer. The cost is linear in the number of entries:
 * the document list is read once per type, never once per page as {@code Oven.bake()} does.
 *
 * <p>Keeps one in-memory store for its lifetime (starting OrientDB costs ~1 s), so {@code serve}
 * rebuilds stay fast. OrientDB binds a database to a thread, so all work runs on one thread.
 */
public final class SiteRenderer implements AutoCloseable {
    static final String PAGE_TYPE = "page";
    static final String SCALE_TYPE = "scale";
    static final String HOME_TYPE = "home";
    static final String LISTING_TYPE = "listing";
    static final String NOT_FOUND_TYPE = "error404";
    private static final List<String> STORED_TYPES = List.of(InterventionEngine.TYPE, PAGE_TYPE, SCALE_TYPE);
    private static final AtomicInteger STORE_NAMES = new AtomicInteger();
    private static final int RECENT = 6;

    private final Path projectDir;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "site-renderer");
        t.setDaemon(true);
        return t;
    });
    private final DefaultJBakeConfiguration config;
    private final Future<ContentStore> store;
    private final Map<String, String> settings;

    static {
        // The store is a throwaway in-memory database: hashing its default users' passwords with
        // 65,536 PBKDF2 rounds only costs start-up time (~0.8 s).
        // OrientDB reads its settings from system properties when its classes load.
        if (System.getProperty("security.userPasswordSaltIterations") == null) {
            System.setProperty("security.userPasswordSaltIterations", "1");
        }
        // OrientDB logs through java.util.logging; route it to logback, which keeps it quiet.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    /** With settings that replace those in jbake.properties (e.g. {@code site.host} for a local preview). */
    public SiteRenderer(Path projectDir, Map<String, String> settings) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.config = onThread(() -> {
            DefaultJBakeConfiguration c = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(this.projectDir.toFile(), this.projectDir.resolve("target/unused").toFile(), false);
            settings.forEach(c::setProperty);
            return c;
        });
        this.settings = onThread(this::siteSettings);
        // The store starts on the renderer's thread while the caller goes on (it takes ~1-2 s); every
        // later task on that thread runs after it, so render() finds it started.
        this.store = thread.submit(() -> {
            ContentStore db = new ContentStore("memory", "indsatskatalog-" + STORE_NAMES.incrementAndGet());
            db.startup();
            return db;
        });
    }

    /** Writes every page and asset into {@code outputDir} (which should be empty), with the pages the contributors add. */
    public void render(Catalogue catalogue, Path outputDir, List<PageContributor> contributors) {
        onThread(() -> { renderOnThread(catalogue, outputDir, contributors); return null; });
    }

    /** What every page knows about the site, for stages after rendering; does not wait for the store. */
    public SiteInfo siteInfo(Catalogue catalogue) {
        String repository = setting("indsatskatalog.repository.url");
        String branch = setting("indsatskatalog.repository.branch");
        return new SiteInfo(setting("site.title"), setting("site.host"), repository,
            repository + "/edit/" + branch + "/", catalogue.taxonomies(), catalogue.interventions().size(), settings);
    }

    private void renderOnThread(Catalogue catalogue, Path outputDir, List<PageContributor> contributors) throws Exception {
        config.setDestinationFolder(outputDir.toFile());
        ContentStore store = this.store.get();
        for (String type : STORED_TYPES) store.deleteAllByDocType(type);

        Map<Path, Intervention> byFile = new LinkedHashMap<>();
        for (Intervention entry : catalogue.interventions()) {
            byFile.put(projectDir.resolve(entry.sourcePath()).normalize(), entry);
        }
        Engines.register("yml", new InterventionEngine(byFile));
        Engines.register("md", new SafeMarkdownEngine(siteInfo(catalogue).pageVariables()));
        Parser parser = new Parser(config);
        for (Path file : byFile.keySet()) store.addDocument(parsed(parser, file));
        for (Path file : pageFiles()) {
            DocumentModel page = parsed(parser, file);
            page.setSourceUri(projectDir.relativize(file).toString().replace('\\', '/'));
            String name = file.getFileName().toString().replaceAll("\\.md$", "");
            if (!FreePages.isSafeName(name)) throw new IllegalStateException("page name validate should have refused: " + name);
            page.setUri(UrlPaths.file(UrlPaths.page(name)));
            store.addDocument(page);
        }

        SiteInfo site = siteInfo(catalogue);
        ReviewSchedule review = ReviewSchedule.of(catalogue, site, projectDir);
        Renderer renderer = new Renderer(store, config);
        Map<Slug, Intervention> bySlug = catalogue.bySlug();
        // Made first, so every page knows which optional pages exist before it links to one.
        List<GeneratedPage> generated = new ArrayList<>(generatedPages(catalogue));
        for (PageContributor contributor : contributors) generated.addAll(contributor.pages(catalogue, site));
        Set<String> pageFiles = new HashSet<>();
        generated.forEach(g -> pageFiles.add(g.uri()));
        EntryPages entryPages = new EntryPages(bySlug, site, review);
        for (DocumentModel document : store.getAllContent(InterventionEngine.TYPE)) {
            Intervention entry = bySlug.get(new Slug((String) document.get("slug")));
            render(renderer, document, entryPages.of(entry), site, pageFiles);
        }
        for (String type : List.of(PAGE_TYPE, SCALE_TYPE)) {
            for (DocumentModel document : store.getAllContent(type)) {
                String path = document.getUri().replaceAll("index\\.html$", "");
                Object page = type.equals(SCALE_TYPE)
                    ? ScalePage.of(path, document.getTitle(), document.getBody(), catalogue.taxonomies())
                    : new TextPage(path, document.getTitle(), document.getBody());
                render(renderer, document, page, site, pageFiles);
            }
        }
        for (GeneratedPage page : generated) {
            DocumentModel document = DocumentModel.createDefaultDocumentModel();
            document.setType(page.type());
            document.setStatus(ModelAttributes.Status.PUBLISHED);
            document.setUri(page.uri());
            render(renderer, document, page.model(), site, pageFiles);
        }
        Asset assets = new Asset(config);
        assets.copy();
        if (!assets.getErrors().isEmpty()) {
            throw new IOException("copying assets failed: " + assets.getErrors().get(0).getMessage(), assets.getErrors().get(0));
        }
    }

    private static DocumentModel parsed(Parser parser, Path file) {
        DocumentModel document = parser.processFile(file.toFile());
        if (document == null) throw new IllegalStateException("JBake could not parse " + file.getFileName()
            + " (a page needs a header with title=, type= and status= ended by ~~~~~~)");
        return document;
    }

    private static void render(Renderer renderer, DocumentModel document, Object page, SiteInfo site, Set<String> pageFiles)
            throws Exception {
        document.put(SiteTemplateEngine.PAGE, page);
        document.put(SiteTemplateEngine.SITE, site);
        // The 404 page is served for unknown paths at any depth, so its links start from the published path.
        String root = document.getUri().equals(UrlPaths.NOT_FOUND_FILE) ? site.basePath() : UrlPaths.rootOf(document.getUri());
        document.put(SiteTemplateEngine.URLS, new PageUrls(root, site, pageFiles));
        renderer.render(document);
    }

    private List<Path> pageFiles() throws IOException {
        return FreePages.files(projectDir); // the same files validate checked
    }

    /** The site.* and indsatskatalog.* settings, read once, so other threads never touch JBake's configuration. */
    private Map<String, String> siteSettings() {
        Map<String, String> all = new TreeMap<>();
        for (java.util.Iterator<String> keys = config.getKeys(); keys.hasNext(); ) {
            String key = keys.next();
            if (key.startsWith("site.") || key.startsWith("indsatskatalog.")) all.put(key, String.valueOf(config.get(key)));
        }
        return Map.copyOf(all);
    }

    private String setting(String key) {
        String value = settings.get(key);
        if (value == null || value.isBlank()) throw new IllegalStateException("jbake.properties lacks " + key);
        return value;
    }

    private List<GeneratedPage> generatedPages(Catalogue catalogue) {
        List<Intervention> all = catalogue.interventions().stream().sorted(byName()).toList();
        Taxonomies tax = catalogue.taxonomies();
        List<TermCount> themes = counts(tax.themes(), all, UrlPaths::theme, Intervention::themes);
        List<TermCount> groups = counts(tax.targetGroups(), all, UrlPaths::targetGroup, Intervention::targetGroups);
        List<TermCount> levels = tax.levels().stream().map(l -> new TermCount(String.valueOf(l.number()), l.label(),
            l.term().description(), UrlPaths.level(l.number()),
            (int) all.stream().filter(i -> i.evidence().level().number() == l.number()).count())).toList();
        TermCount flag = new TermCount(tax.noEffectFlag().code(), tax.noEffectFlag().label(), tax.noEffectFlag().description(),
            UrlPaths.NO_EFFECT, (int) all.stream().filter(i -> i.evidence().noEffectFlag()).count());
        List<Intervention> recent = catalogue.interventions().stream()
            .sorted(Comparator.comparing(Intervention::lastReviewed).reversed().thenComparing(byName()))
            .limit(RECENT).toList();

        List<GeneratedPage> pages = new ArrayList<>();
        pages.add(new GeneratedPage(HOME_TYPE, UrlPaths.file(UrlPaths.HOME),
            new HomePage(UrlPaths.HOME, setting("site.title"), themes, groups, levels, flag, recent)));
        pages.add(listing(UrlPaths.ENTRIES, "Alle indsatser", "Alle indsatser i kataloget, sorteret alfabetisk.", "all", all, List.of()));
        for (TermCount t : themes) {
            pages.add(listing(t.path(), "Tema: " + t.label(), t.description(), "theme",
                filter(all, i -> i.themes().stream().anyMatch(x -> x.code().equals(t.code()))), themes));
        }
        for (TermCount g : groups) {
            pages.add(listing(g.path(), "Målgruppe: " + g.label(), g.description(), "target-group",
                filter(all, i -> i.targetGroups().stream().anyMatch(x -> x.code().equals(g.code()))), groups));
        }
        for (TermCount l : levels) {
            pages.add(listing(l.path(), "Evidensniveau " + l.code() + ": " + l.label(), l.description(), "level",
                filter(all, i -> String.valueOf(i.evidence().level().number()).equals(l.code())), levels));
        }
        pages.add(listing(flag.path(), flag.label(), flag.description(), "flag", filter(all, i -> i.evidence().noEffectFlag()), levels));
        pages.add(listing(UrlPaths.THEMES, "Temaer", "Indsatserne ordnet efter Landsbyggefondens fire indsatsområder.", "themes", List.of(), themes));
        pages.add(listing(UrlPaths.TARGET_GROUPS, "Målgrupper", "Find indsatser efter hvem de henvender sig til.", "target-groups", List.of(), groups));
        pages.add(listing(UrlPaths.LEVELS, "Evidensniveauer", "Find indsatser efter hvor stærk evidensen er.", "levels", List.of(), levels));
        pages.add(ChangeLogPage.of(catalogue.changeLog(), catalogue.bySlug()));
        pages.add(new GeneratedPage(NOT_FOUND_TYPE, UrlPaths.NOT_FOUND_FILE, new TextPage(UrlPaths.NOT_FOUND_FILE, "Siden findes ikke", "")));
        return pages;
    }

    private static GeneratedPage listing(String path, String title, String intro, String kind, List<Intervention> entries,
                                     List<TermCount> siblings) {
        return new GeneratedPage(LISTING_TYPE, UrlPaths.file(path), new ListingPage(path, title, intro, kind, entries, siblings));
    }

    private static List<Intervention> filter(List<Intervention> all, Predicate<Intervention> keep) {
        return all.stream().filter(keep).toList();
    }

    private static List<TermCount> counts(List<Term> terms, List<Intervention> all, Function<String, String> path,
                                          Function<Intervention, List<Term>> of) {
        return terms.stream().map(t -> new TermCount(t.code(), t.label(), t.description(), path.apply(t.code()),
            (int) all.stream().filter(i -> of.apply(i).contains(t)).count())).toList();
    }

    /** Danish alphabetical order (æ, ø, å last), then slug for a stable tie-break. */
    static Comparator<Intervention> byName() {
        return Comparator.comparing((Intervention i) -> i.name().da(), danish()).thenComparing(Intervention::slug);
    }

    /** Danish collation for names. */
    static Comparator<Object> danish() { return Collator.getInstance(Locale.forLanguageTag("da-DK")); }

    private <T> T onThread(java.util.concurrent.Callable<T> work) {
        try {
            return thread.submit(work).get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) throw runtime;
            throw new RenderException(cause.getMessage(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderException("interrupted", e);
        }
    }

    @Override
    public void close() {
        try {
            onThread(() -> { store.get().close(); return null; });
        } finally {
            thread.shutdownNow();
        }
    }

    /** Rendering failed for a reason that is not the content's fault (templates, I/O). */
    public static final class RenderException extends RuntimeException {
        RenderException(String message, Throwable cause) { super(message, cause); }
    }
}
