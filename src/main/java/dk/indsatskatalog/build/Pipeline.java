package dk.indsatskatalog.build;

import dk.indsatskatalog.load.CatalogueLoader;
import dk.indsatskatalog.load.LoadResult;
import dk.indsatskatalog.render.EditorialPages;
import dk.indsatskatalog.render.PageContributor;
import dk.indsatskatalog.render.SiteInfo;
import dk.indsatskatalog.render.SiteRenderer;
import dk.indsatskatalog.validate.Validation;
import dk.indsatskatalog.validate.Validator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Runs the stages in order for one project folder. Keeps the renderer (and JBake's store) warm
 * between builds, so {@code serve} can rebuild in well under a second; close it when done.
 */
public final class Pipeline implements AutoCloseable {
    private final Path projectDir;
    private final CatalogueLoader loader = new CatalogueLoader();
    private final Validator validator = new Validator();
    private CompletableFuture<SiteRenderer> renderer;

    /** Pages added to the render by later features (one line each). */
    private final List<PageContributor> pageContributors = List.of(
        new EditorialPages(this::contentDir),
        (catalogue, site) -> new dk.indsatskatalog.export.OpenDataPages(contentDir()).pages(catalogue, site),
        dk.indsatskatalog.index.SearchPage.CONTRIBUTOR
    );

    /** The index stage: the static search index (issue 4). */
    private final List<OutputStage> indexStages = List.of(
        new dk.indsatskatalog.index.SearchIndexer(this::contentDir)
    );

    /** The export stage: open-data files (issue 6). */
    private final List<OutputStage> exportStages = List.of(
        (catalogue, site, dir) -> new dk.indsatskatalog.export.OpenDataExport(contentDir()).write(catalogue, site, dir)
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
        return validator.validate(loader.load(contentDir()));
    }

    /** Builds the whole site into {@code outputDir}; on any problem the previous output is left untouched. */
    public BuildResult build(Path outputDir) throws IOException {
        long start = System.nanoTime();
        // Starting JBake (configuration and its embedded database) takes ~2 s; overlap it with loading.
        if (renderer == null) renderer = CompletableFuture.supplyAsync(() -> new SiteRenderer(projectDir, settings));
        LoadResult loaded = loader.load(contentDir());
        long loadedAt = System.nanoTime();
        Validation checked = validator.validate(loaded);
        long validatedAt = System.nanoTime();
        if (!checked.ok()) {
            return BuildResult.failed(checked.problems(), times(start, loadedAt, validatedAt, validatedAt, validatedAt, validatedAt));
        }
        Path staging = Staging.besides(outputDir);
        try {
            SiteRenderer site = renderer.join();
            site.render(checked.catalogue(), staging, pageContributors);
            long renderedAt = System.nanoTime();
            SiteInfo info = site.siteInfo(checked.catalogue());
            for (OutputStage stage : indexStages) stage.write(checked.catalogue(), info, staging);
            long indexedAt = System.nanoTime();
            for (OutputStage stage : exportStages) stage.write(checked.catalogue(), info, staging);
            long exportedAt = System.nanoTime();
            Staging.swapInto(staging, outputDir);
            return new BuildResult(checked.catalogue(), checked.problems(),
                times(start, loadedAt, validatedAt, renderedAt, indexedAt, exportedAt));
        } finally {
            Staging.deleteTree(staging);
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
