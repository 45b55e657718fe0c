package dk.indsatskatalog.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dk.indsatskatalog.TestProject;
import dk.indsatskatalog.build.Pipeline;
import dk.indsatskatalog.model.Intervention;
import dk.indsatskatalog.validate.Validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The build benchmark: the full pipeline on the real catalogue and on generated
 * catalogues of 40, 1,000 and 10,000 entries, each built in a fresh JVM as a user would run it,
 * next to Hugo rendering the same entries with equivalent templates (when {@code hugo} is
 * installed), printing wall time, peak memory and the ratio; then the time from saving an edited
 * entry to {@code serve} serving the change. Run with {@code bench/build-benchmark.sh}.
 */
public final class BuildBenchmark {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));

    private record Run(double seconds, long peakKb) {}

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        // As users run it: bin/indsatskatalog starts the jar with its class-data archive and heap cap.
        Path launcher = repo.resolve("bin/indsatskatalog");
        Path work = Files.createTempDirectory("ik-bench-");
        boolean hugo = Files.isExecutable(Path.of("/usr/bin/hugo"));
        List<String> rows = new ArrayList<>();
        rows.add(String.format("%-10s | %8s | %10s | %8s | %10s | %7s", "entries", "ours s", "ours MB", "hugo s", "hugo MB", "ratio"));
        rows.add("-".repeat(rows.get(0).length()));
        List<Object[]> sizes = List.of(new Object[]{"real", 0}, new Object[]{"40", 40}, new Object[]{"1000", 1000}, new Object[]{"10000", 10000});
        for (Object[] size : sizes) {
            String label = (String) size[0];
            int count = (Integer) size[1];
            Path project = work.resolve("project-" + label);
            if (count == 0) copyRealProject(repo, project);
            else CatalogueGenerator.generate(repo, project, count);
            Run ours = timed(List.of(launcher.toString(), "build", "-p", project.toString(), "-o", "out"), project);
            String hugoCells = String.format("%8s | %10s | %7s", "–", "–", "–");
            if (hugo) {
                Path hugoSite = writeHugoSite(repo, project, work.resolve("hugo-" + label));
                Run h = timed(List.of("hugo", "--quiet", "-s", hugoSite.toString(), "-d", hugoSite.resolve("public").toString()), hugoSite);
                hugoCells = String.format(Locale.ROOT, "%8.2f | %10.0f | %6.1fx", h.seconds, h.peakKb / 1024.0, ours.seconds / h.seconds);
            }
            int entries = count == 0 ? countEntries(project) : count;
            rows.add(String.format(Locale.ROOT, "%-10s | %8.2f | %10.0f | %s", label + " (" + entries + ")", ours.seconds,
                ours.peakKb / 1024.0, hugoCells));
            System.err.println(rows.get(rows.size() - 1));
        }
        double[] edits = serveEditLatency(launcher, repo, work.resolve("serve"));
        System.out.println();
        System.out.println("Build benchmark: wall time and peak RSS of one `bin/indsatskatalog build` in a fresh JVM (ours) and one"
            + " `hugo` run; load average " + loadAverage() + ".");
        rows.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "%nserve: saving an edited entry → change served: median %.0f ms, max %.0f ms over %d edits%n",
            edits[edits.length / 2], edits[edits.length - 1], edits.length);
    }

    private static Run timed(List<String> command, Path dir) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %M"));
        full.addAll(command);
        Process p = new ProcessBuilder(full).directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IllegalStateException("failed: " + command + "\n" + err);
        String[] last = err.strip().lines().reduce((a, b) -> b).orElseThrow().split(" ");
        return new Run(Double.parseDouble(last[0]), Long.parseLong(last[1]));
    }

    private static void copyRealProject(Path repo, Path project) throws IOException {
        for (String dir : List.of("content", "templates", "assets")) TestProject.copyTree(repo.resolve(dir), project.resolve(dir));
        Files.copy(repo.resolve("jbake.properties"), project.resolve("jbake.properties"));
    }

    private static int countEntries(Path project) throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("content/interventions"))) {
            return (int) files.count();
        }
    }

    /** Hugo content with the whole entry in front matter, plus the level our rubric derived, and the same CSS. */
    private static Path writeHugoSite(Path repo, Path project, Path site) throws IOException {
        TestProject.copyTree(repo.resolve("bench/hugo"), site);
        TestProject.copyTree(repo.resolve("assets"), site.resolve("static"));
        Path content = site.resolve("content/indsatser");
        Files.createDirectories(content);
        Validation validation;
        try (Pipeline pipeline = new Pipeline(project)) {
            validation = pipeline.validate();
        }
        for (Intervention entry : validation.catalogue().interventions()) {
            ObjectNode e = (ObjectNode) YAML.readTree(project.resolve(entry.sourcePath()).toFile());
            e.put("level", entry.evidence().level().number());
            e.put("levelname", entry.evidence().level().label());
            ObjectNode front = YAML.createObjectNode();
            front.put("title", entry.name().da());
            front.set("tema", YAML.valueToTree(entry.themes().stream().map(t -> t.code()).toList()));
            front.set("maalgruppe", YAML.valueToTree(entry.targetGroups().stream().map(t -> t.code()).toList()));
            front.set("niveau", YAML.valueToTree(List.of(String.valueOf(entry.evidence().level().number()))));
            front.set("e", e);
            Files.writeString(content.resolve(entry.slug().value() + ".md"), "---\n" + YAML.writeValueAsString(front) + "---\n");
        }
        return site;
    }

    /** Starts {@code serve} on a copy of the real project, edits one entry several times, measures until the server shows it. */
    private static double[] serveEditLatency(Path launcher, Path repo, Path project) throws Exception {
        copyRealProject(repo, project);
        int port;
        try (ServerSocket s = new ServerSocket(0)) { port = s.getLocalPort(); }
        Process serve = new ProcessBuilder(launcher.toString(), "serve", "-p", project.toString(), "--port", String.valueOf(port))
            .directory(project.toFile()).redirectErrorStream(true).start();
        // Stop the server before closing its output: closing a reader another thread is blocked on would hang.
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        try {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("Viser ")) { /* wait for the first build */ }
            Thread drain = new Thread(() -> { try { while (out.readLine() != null) { } } catch (IOException ignored) { } });
            drain.setDaemon(true);
            drain.start();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            Path entry = project.resolve("content/interventions/lektiecafe.yml");
            String original = Files.readString(entry);
            URI page = URI.create("http://127.0.0.1:" + port + "/indsatser/lektiecafe/index.html");
            double[] millis = new double[7];
            for (int i = 0; i < millis.length; i++) {
                String marker = "Benchmarkmarkør" + i;
                Files.writeString(entry, original.replaceFirst("(?m)^  da: Lektiecafé$", "  da: Lektiecafé " + marker));
                long start = System.nanoTime();
                while (true) {
                    String body = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString()).body();
                    if (body.contains(marker)) break;
                    if (System.nanoTime() - start > 30_000_000_000L) throw new IllegalStateException("serve never showed the edit");
                    Thread.sleep(10);
                }
                millis[i] = (System.nanoTime() - start) / 1e6;
                Thread.sleep(300);
            }
            Arrays.sort(millis);
            return millis;
        } finally {
            serve.destroy();
            serve.waitFor();
        }
    }


    /** The machine's load average (1, 5, 15 minutes), so a table says how busy the machine was. */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
