package dk.indsatskatalog.build;

import dk.indsatskatalog.export.CompareData;
import dk.indsatskatalog.export.DataArchiveStage;
import dk.indsatskatalog.export.OpenDataExport;
import dk.indsatskatalog.export.OpenDataFiles;
import dk.indsatskatalog.export.OpenDataPages;
import dk.indsatskatalog.history.EntryChanges;
import dk.indsatskatalog.history.GitHistory;
import dk.indsatskatalog.index.SearchIndexer;
import dk.indsatskatalog.index.SearchPage;
import dk.indsatskatalog.index.SearchSynonyms;
import dk.indsatskatalog.index.SearchWords;
import dk.indsatskatalog.load.CatalogueLoader;
import dk.indsatskatalog.load.LoadResult;
import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.ContentHistory;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.problem.InputFiles;
import dk.indsatskatalog.problem.Problem;
import dk.indsatskatalog.render.ComparePage;
import dk.indsatskatalog.render.ContributionPage;
import dk.indsatskatalog.render.EditorialPages;
import dk.indsatskatalog.render.EvidenceMapPage;
import dk.indsatskatalog.render.FreePages;
import dk.indsatskatalog.render.SiteRenderer;
import dk.indsatskatalog.render.jbake.JBakeToolkit;
import dk.indsatskatalog.site.LatePages;
import dk.indsatskatalog.site.OutputStage;
import dk.indsatskatalog.site.PageContributor;
import dk.indsatskatalog.site.PageVariables;
import dk.indsatskatalog.site.SiteInfo;
import dk.indsatskatalog.validate.PageChecks;
import dk.indsatskatalog.validate.Validation;
import dk.indsatskatalog.validate.Validator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Runs the stages for one project folder: load and validate (git is read meanwhile, once), then
 * render with the index and export stages beside it, then the pages that show what the export wrote,
 * then the sitemap, the output checks and the swap. The lists below are where a feature plugs in,
 * one line each.
 */
public final class Pipeline implements AutoCloseable {
    private final Path projectDir;
    private final Map<String, String> overrides;
    private final CatalogueLoader loader = new CatalogueLoader();
    private final Validator validator = new Validator();
    private final SiteRenderer renderer;

    /** What the export and the archives wrote (sizes, SHA-256), for the data page rendered after them. */
    private final OpenDataFiles openData = new OpenDataFiles();
    private final OpenDataPages openDataPages = new OpenDataPages(openData);

    /** Checks of content files outside the catalogue (content folder → problems), joined into validation. */
    private final List<Function<Path, List<Problem>>> contentChecks = List.of(
        SearchSynonyms::problems,
        SearchWords::problems,
        content -> PageChecks.problems(content, PageVariables.KEYS),
        content -> FreePages.problems(content.getParent()),
        content -> ProjectSettings.problems(content.getParent())
    );

    /** Pages added to the render (one line each). */
    private final List<PageContributor> pageContributors = List.of(
        new EditorialPages(),
        openDataPages,
        SearchPage.CONTRIBUTOR,
        ComparePage.CONTRIBUTOR,
        EvidenceMapPage.CONTRIBUTOR,
        ContributionPage.CONTRIBUTOR
    );

    /** The index stage: the static search index; runs while the pages render. */
    private final List<OutputStage> indexStages = List.of(
        new SearchIndexer(this::contentDir)
    );

    /** The export stage: open-data files and feeds; runs beside the render. */
    private final List<OutputStage> exportStages = List.of(
        new OpenDataExport(openData),
        new CompareData(),
        new DataArchiveStage(openData)
    );

    /** Pages that show what the export wrote; rendered after it, known to every page before. */
    private final List<LatePages> afterExportPages = List.of(
        openDataPages.dataPage()
    );

    /** Stages that read the rendered pages: the sitemap (and robots.txt that points to it). */
    private final List<OutputStage> afterPagesStages = List.of(
        OpenDataExport.SITEMAP
    );

    /** Threads for the stages beside the render (the render itself uses the common pool). */
    private static final java.util.concurrent.ExecutorService SIDE_STAGES = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "build-stage");
        t.setDaemon(true);
        return t;
    });

    public Pipeline(Path projectDir) { this(projectDir, Map.of()); }

    /** With settings that replace those in jbake.properties, e.g. {@code site.host} for {@code serve}. */
    public Pipeline(Path projectDir, Map<String, String> overrides) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.overrides = Map.copyOf(overrides);
        this.renderer = new SiteRenderer(this.projectDir, new JBakeToolkit(this.projectDir));
    }

    public Path contentDir() { return projectDir.resolve("content"); }

    /** Load and validate only; writes nothing. */
    public Validation validate() {
        List<Problem> unsafe = InputFiles.problems(projectDir);
        if (!unsafe.isEmpty()) return new Validation(null, unsafe);
        return checked(loader.load(contentDir()));
    }

    /** The validator's verdict joined with the problems of {@link #contentChecks}. */
    private Validation checked(LoadResult loaded) {
        Validation validation = validator.validate(loaded);
        List<Problem> problems = new ArrayList<>(validation.problems());
        // One type error must not hide a file's other problems: validate those files again with
        // their ill-typed values repaired, and keep what is found in them beyond the type errors.
        LoadResult repaired = loader.withRepairedEntries(loaded, contentDir());
        problems.addAll(TextNesting.problems(repaired)); // what the renderer could not walk, found before it tries
        if (repaired != loaded) {
            Set<Path> repairedFiles = new HashSet<>();
            for (int i = 0; i < loaded.entries().size(); i++) {
                if (loaded.entries().get(i).document() == null && repaired.entries().get(i).document() != null) {
                    repairedFiles.add(loaded.entries().get(i).file());
                }
            }
            for (int i = 0; i < loaded.sources().size(); i++) {
                if (loaded.sources().get(i).document() == null && repaired.sources().get(i).document() != null) {
                    repairedFiles.add(loaded.sources().get(i).file());
                }
            }
            for (Problem p : CatalogueLoader.withoutEchoes(loaded, validator.validate(repaired).problems())) {
                if (repairedFiles.contains(p.at().file())) problems.add(p);
            }
        }
        for (Function<Path, List<Problem>> check : contentChecks) problems.addAll(check.apply(contentDir()));
        return new Validation(validation.catalogue(), problems, validation.valid());
    }

    /**
     * Builds the whole site into {@code outputDir}; on any problem the previous output is left untouched.
     * @throws OutputFolder.UnsafeOutputException before anything is read when {@code outputDir} is not the build's own
     */
    public BuildResult build(Path outputDir) throws IOException {
        OutputFolder.verify(projectDir, outputDir);
        long start = System.nanoTime();
        // Before anything reads the inputs: a link is never followed.
        List<Problem> unsafe = InputFiles.problems(projectDir);
        if (!unsafe.isEmpty()) {
            long now = System.nanoTime();
            return BuildResult.failed(new Validation(null, unsafe).problems(), times(start, now, now, now, now, now));
        }
        // git answers while the content loads; its answer is read once and handed to every stage.
        CompletableFuture<GitHistory.Log> git = CompletableFuture.supplyAsync(() -> GitHistory.read(projectDir));
        long[] loadedAt = new long[1];
        Validation checked = loadAndCheck(loadedAt);
        long validatedAt = System.nanoTime();
        if (!checked.ok()) {
            return BuildResult.failed(checked.problems(), times(start, loadedAt[0], validatedAt, validatedAt, validatedAt, validatedAt));
        }
        Catalogue catalogue = checked.catalogue();
        ContentHistory history = history(git.join(), catalogue.interventions().stream().map(Intervention::sourcePath).toList());
        SiteInfo site = SiteInfo.of(settings(), catalogue, history);
        Path staging = Staging.besides(outputDir);
        try {
            // The index and export stages write only search/ and data/ (and the feeds), so they run beside
            // the render, each on a thread of its own; the sitemap lists the rendered pages, so it comes last.
            long renderStart = System.nanoTime();
            CompletableFuture<Long> index = CompletableFuture.supplyAsync(() -> {
                for (OutputStage stage : indexStages) write(stage, catalogue, site, staging);
                return System.nanoTime();
            }, SIDE_STAGES);
            CompletableFuture<Long> export = CompletableFuture.supplyAsync(() -> {
                for (OutputStage stage : exportStages) write(stage, catalogue, site, staging);
                return System.nanoTime();
            }, SIDE_STAGES);
            long renderedAt;
            long indexedAt;
            long exportedAt;
            SiteRenderer.LaterPages laterPages;
            try {
                laterPages = renderer.render(catalogue, site, staging, pageContributors, afterExportPages);
                renderedAt = System.nanoTime();
            } finally {
                indexedAt = await(index);
                exportedAt = await(export);
            }
            for (LatePages late : afterExportPages) laterPages.write(late.contributor().pages(catalogue, site));
            for (OutputStage stage : afterPagesStages) stage.write(catalogue, site, staging);
            everyPageHasContent(staging);
            List<Problem> leftovers = OutputCheck.problems(staging);
            if (!leftovers.isEmpty()) {
                return BuildResult.failed(leftovers, times(start, loadedAt[0], validatedAt, validatedAt, validatedAt, exportedAt));
            }
            OutputFolder.mark(staging);
            Staging.swapInto(staging, outputDir);
            long end = System.nanoTime();
            return new BuildResult(catalogue, checked.problems(), new BuildResult.StageTimes(ms(loadedAt[0] - start),
                ms(validatedAt - loadedAt[0]), ms(renderedAt - renderStart), ms(indexedAt - renderStart),
                ms(exportedAt - renderStart), ms(end - start)));
        } finally {
            Staging.deleteTree(staging);
        }
    }

    /**
     * Loads and validates; {@code loadedAt[0]} gets the time loading ended. The loaded documents and their
     * positions (hundreds of megabytes at 10,000 entries) are unreachable once this returns, so the later
     * stages do not carry them.
     */
    private Validation loadAndCheck(long[] loadedAt) {
        LoadResult loaded = loader.load(contentDir());
        loadedAt[0] = System.nanoTime();
        return checked(loaded);
    }

    /** The history git told, for these entry files; the value {@link #history} keeps between builds. */
    private record HistoryOf(GitHistory.Log log, List<String> files, ContentHistory history) {}

    /** Kept between the builds of one pipeline ({@code serve}): the history changes with a commit, not with a save. */
    private volatile HistoryOf lastHistory;

    /**
     * The history of the entry files with each change's differences (every version of every entry read
     * from git and compared): the same as last build's when git printed the same log for the same files.
     */
    private ContentHistory history(GitHistory.Log log, List<String> files) {
        HistoryOf last = lastHistory;
        if (last != null && last.log().equals(log) && last.files().equals(files)) return last.history();
        ContentHistory history = EntryChanges.read(projectDir, log.history(files));
        lastHistory = new HistoryOf(log, List.copyOf(files), history);
        return history;
    }

    /** jbake.properties with the overrides given to this pipeline; read after validation found no problem in it. */
    private Map<String, String> settings() throws IOException {
        Map<String, String> settings = new HashMap<>(ProjectSettings.values(projectDir));
        settings.putAll(overrides);
        return settings;
    }

    private static void write(OutputStage stage, Catalogue catalogue, SiteInfo site, Path staging) {
        try {
            stage.write(catalogue, site, staging);
        } catch (IOException e) {
            throw new CompletionException(e);
        }
    }

    /**
     * A page written empty would be a template that printed nothing; the checks above should make that
     * impossible, and this makes sure such a site is never swapped in.
     */
    private static void everyPageHasContent(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                if (Files.size(f) == 0) throw new IllegalStateException("page rendered empty: " + site.relativize(f));
            }
        }
    }

    /** Waits for a stage beside the render and rethrows its failure as it was thrown. */
    private static long await(CompletableFuture<Long> stage) throws IOException {
        try {
            return stage.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException runtime) throw runtime;
            if (e.getCause() instanceof Error error) throw error;
            throw e;
        }
    }

    private static BuildResult.StageTimes times(long start, long loaded, long validated, long rendered, long indexed, long exported) {
        long end = System.nanoTime();
        return new BuildResult.StageTimes(ms(loaded - start), ms(validated - loaded), ms(rendered - validated),
            ms(indexed - rendered), ms(exported - indexed), ms(end - start));
    }

    private static long ms(long nanos) { return nanos / 1_000_000; }

    /** Nothing to release today; kept so callers scope a pipeline to its builds. */
    @Override
    public void close() {}
}
