package dk.indsatskatalog.build;

import dk.indsatskatalog.load.CatalogueLoader;
import dk.indsatskatalog.load.InputFiles;
import dk.indsatskatalog.load.LoadResult;
import dk.indsatskatalog.load.Problem;
import dk.indsatskatalog.render.EditorialPages;
import dk.indsatskatalog.render.FreePages;
import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.render.PageContributor;
import dk.indsatskatalog.render.SiteInfo;
import dk.indsatskatalog.render.SiteRenderer;
import dk.indsatskatalog.validate.Validation;
import dk.indsatskatalog.validate.Validator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Runs the stages for one project folder: load, validate, then render alongside the index stage,
 * then export, then swap. Keeps the renderer (and JBake's store) warm
 * between builds, so {@code serve} can rebuild in well under a second; close it when done.
 */
public final class Pipeline implements AutoCloseable {
    private final Path projectDir;
    private final CatalogueLoader loader = new CatalogueLoader();
    private final Validator validator = new Validator();
    private CompletableFuture<SiteRenderer> renderer;

    /** The build's open-data files, made once: the data page shows their sizes, the export and the archives write them. */
    private final dk.indsatskatalog.export.OpenDataFiles openData = new dk.indsatskatalog.export.OpenDataFiles(this::contentDir);

    /** Pages added to the render by later features (one line each). */
    private final List<PageContributor> pageContributors = List.of(
        new EditorialPages(this::contentDir),
        new dk.indsatskatalog.export.OpenDataPages(openData),
        dk.indsatskatalog.index.SearchPage.CONTRIBUTOR,
        dk.indsatskatalog.render.ContributionPage.CONTRIBUTOR
    );

    /** Checks of content files outside the catalogue (content folder → problems), joined into validation. */
    private final List<Function<Path, List<Problem>>> contentChecks = List.of(
        dk.indsatskatalog.index.SearchSynonyms::problems,
        content -> dk.indsatskatalog.validate.PageChecks.problems(content, dk.indsatskatalog.render.PageVariables.KEYS),
        content -> FreePages.problems(content.getParent()),
        content -> ProjectSettings.problems(content.getParent()),
        dk.indsatskatalog.index.SearchWords::problems
    );

    /** The index stage: the static search index (issue 4). */
    private final List<OutputStage> indexStages = List.of(
        new dk.indsatskatalog.index.SearchIndexer(this::contentDir)
    );

    /** The export stage: open-data files (issue 6). */
    private final List<OutputStage> exportStages = List.of(
        new dk.indsatskatalog.export.OpenDataExport(openData),
        new dk.indsatskatalog.export.DataArchiveStage(openData)
    );

    private final Map<String, String> settings;

    public Pipeline(Path projectDir) { this(projectDir, Map.of()); }

    /** With settings that replace those in jbake.properties, e.g. {@code site.host} for {@code serve}. */
    public Pipeline(Path projectDir, Map<String, String> settings) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.settings = Map.copyOf(settings);
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
            java.util.Set<Path> repairedFiles = new java.util.HashSet<>();
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
        // Before anything reads the inputs (JBake reads jbake.properties when it starts): a link is never followed.
        List<Problem> unsafe = InputFiles.problems(projectDir);
        if (!unsafe.isEmpty()) {
            long now = System.nanoTime();
            return BuildResult.failed(new Validation(null, unsafe).problems(), times(start, now, now, now, now, now));
        }
        // Starting JBake (configuration and its embedded database) takes ~2 s; overlap it with loading,
        // unless jbake.properties has problems: then JBake must not read it (they are reported below).
        if (renderer == null && ProjectSettings.problems(projectDir).isEmpty()) {
            renderer = CompletableFuture.supplyAsync(() -> new SiteRenderer(projectDir, settings));
        }
        LoadResult loaded = loader.load(contentDir());
        long loadedAt = System.nanoTime();
        Validation checked = checked(loaded);
        long validatedAt = System.nanoTime();
        if (!checked.ok()) {
            return BuildResult.failed(checked.problems(), times(start, loadedAt, validatedAt, validatedAt, validatedAt, validatedAt));
        }
        Path staging = Staging.besides(outputDir);
        try {
            Catalogue catalogue = checked.catalogue();
            if (renderer == null) renderer = CompletableFuture.supplyAsync(() -> new SiteRenderer(projectDir, settings));
            SiteRenderer site = renderer.join();
            SiteInfo info = site.siteInfo(catalogue);
            // Pages render on JBake's thread while the index stage (which writes only search/) runs
            // here: on two cores that hides most of JBake's store start-up and the Lucene work.
            long renderStart = System.nanoTime();
            CompletableFuture<Long> pages = CompletableFuture.supplyAsync(() -> {
                site.render(catalogue, staging, pageContributors);
                return System.nanoTime();
            });
            long indexStart = System.nanoTime();
            long indexedAt;
            long renderedAt;
            try {
                for (OutputStage stage : indexStages) stage.write(catalogue, info, staging);
                indexedAt = System.nanoTime();
            } finally {
                renderedAt = awaitPages(pages);
            }
            long exportStart = System.nanoTime();
            for (OutputStage stage : exportStages) stage.write(catalogue, info, staging);
            long exportedAt = System.nanoTime();
            everyPageHasContent(staging);
            List<Problem> leftovers = OutputCheck.problems(staging);
            if (!leftovers.isEmpty()) {
                return BuildResult.failed(leftovers, times(start, loadedAt, validatedAt, validatedAt, validatedAt, exportedAt));
            }
            OutputFolder.mark(staging);
            Staging.swapInto(staging, outputDir);
            long end = System.nanoTime();
            return new BuildResult(catalogue, checked.problems(), new BuildResult.StageTimes(ms(loadedAt - start),
                ms(validatedAt - loadedAt), ms(renderedAt - renderStart), ms(indexedAt - indexStart),
                ms(exportedAt - exportStart), ms(end - start)));
        } finally {
            Staging.deleteTree(staging);
        }
    }

    /**
     * JBake writes an empty page and carries on when it finds no template engine for a page; the
     * checks above should make that impossible, and this makes sure such a site is never swapped in.
     */
    private static void everyPageHasContent(Path site) throws IOException {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(site)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                if (java.nio.file.Files.size(f) == 0) throw new IllegalStateException("page rendered empty: " + site.relativize(f));
            }
        }
    }

    /** Waits for the page render and rethrows its failure as it was thrown. */
    private static long awaitPages(CompletableFuture<Long> pages) {
        try {
            return pages.join();
        } catch (CompletionException e) {
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

    @Override
    public void close() {
        if (renderer != null) renderer.join().close();
    }
}
