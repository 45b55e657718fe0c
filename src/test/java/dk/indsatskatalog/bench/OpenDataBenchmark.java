package dk.indsatskatalog.bench;

import dk.indsatskatalog.build.Pipeline;
import dk.indsatskatalog.export.OpenDataExport;
import dk.indsatskatalog.export.Release;
import dk.indsatskatalog.model.Catalogue;
import dk.indsatskatalog.model.ContentHistory;
import dk.indsatskatalog.site.SiteInfo;
import dk.indsatskatalog.validate.Validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;

/**
 * Open-data benchmark: time and size of the export stage for generated catalogues of
 * 41 / 1,000 / 10,000 entries. Makes the files in memory (median of 3 runs after one warm-up) and
 * prints a table. Usage: {@code OpenDataBenchmark PROJECT [COUNT…]}; see bench/opendata-benchmark.sh.
 */
public final class OpenDataBenchmark {
    private OpenDataBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path project = Path.of(args.length > 0 ? args[0] : ".");
        int[] counts = args.length > 1 ? java.util.Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
            : new int[]{41, 1_000, 10_000};
        System.out.println("| entries | files | all data (MB) | indsatskatalog.json (MB) | csv/ (MB) | export (ms, median of 3) |");
        System.out.println("|---:|---:|---:|---:|---:|---:|");
        for (int count : counts) {
            Path dir = Files.createTempDirectory("opendata-bench-");
            try {
                CatalogueGenerator.generate(project, dir, count);
                Catalogue catalogue;
                try (Pipeline pipeline = new Pipeline(dir)) {
                    Validation checked = pipeline.validate();
                    if (!checked.ok()) throw new IllegalStateException(checked.problems().toString());
                    catalogue = checked.catalogue();
                }
                SiteInfo site = SiteInfo.of(Map.of("site.title", "Indsatskatalog", "site.host", "https://example.org",
                    "indsatskatalog.repository.url", "https://example.org/repo", "indsatskatalog.repository.branch", "main",
                    "indsatskatalog.review.months", "24", "indsatskatalog.publisher.name", "Indsatskatalog",
                    "indsatskatalog.publisher.url", "https://example.org", "indsatskatalog.publisher.contact", "https://example.org/kontakt"),
                    catalogue, ContentHistory.none());
                Release release = Release.of(Release.newestReview(catalogue), null);
                OpenDataExport.files(catalogue, site, release); // warm-up
                long[] times = new long[3];
                SortedMap<String, byte[]> files = null;
                for (int i = 0; i < times.length; i++) {
                    long start = System.nanoTime();
                    files = OpenDataExport.files(catalogue, site, release);
                    times[i] = (System.nanoTime() - start) / 1_000_000;
                }
                java.util.Arrays.sort(times);
                long all = files.values().stream().mapToLong(b -> b.length).sum();
                long csv = files.entrySet().stream().filter(e -> e.getKey().startsWith("data/csv/")).mapToLong(e -> e.getValue().length).sum();
                System.out.printf("| %,d | %,d | %.1f | %.1f | %.1f | %,d |%n", count, files.size(), all / 1e6,
                    files.get("data/indsatskatalog.json").length / 1e6, csv / 1e6, times[1]);
            } finally {
                dk.indsatskatalog.build.Staging.deleteTree(dir);
            }
        }
    }
}
