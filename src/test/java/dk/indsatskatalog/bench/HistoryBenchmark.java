package dk.indsatskatalog.bench;

import dk.indsatskatalog.build.Staging;
import dk.indsatskatalog.history.EntryChanges;
import dk.indsatskatalog.history.GitHistory;
import dk.indsatskatalog.model.ContentHistory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The history benchmark: time to read every entry's commits with one {@code git log}
 * (what the history pages cost a build), on this repository and on generated repositories of
 * 1,000 and 10,000 entry files with a few hundred commits and some renames. Prints a table.
 * Run with {@code bench/history-benchmark.sh}.
 */
public final class HistoryBenchmark {
    private static final int RUNS = 5;

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        List<String> rows = new ArrayList<>();
        rows.add(String.format("%-8s | %7s | %12s | %14s | %16s | %18s", "files", "commits", "file changes", "read ms (med)", "commits on pages",
            "summaries ms (med)"));
        rows.add("-".repeat(rows.get(0).length()));
        rows.add(row("real", repo, files(repo)));
        for (int count : new int[]{1_000, 10_000}) {
            Path dir = Files.createTempDirectory("ik-history-bench-");
            try {
                rows.add(row(String.valueOf(count), dir, generate(dir, count)));
            } finally {
                Staging.deleteTree(dir);
            }
        }
        rows.forEach(System.out::println);
    }

    private static String row(String label, Path dir, List<String> files) {
        double[] ms = new double[RUNS];
        ContentHistory history = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            history = GitHistory.read(dir, files);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        ContentHistory h = history;
        long attributed = files.stream().mapToLong(f -> h.of(f).size()).sum();
        String commits = git(dir, "rev-list", "--count", "HEAD").strip();
        String changes = String.valueOf(git(dir, "log", "--format=", "--name-only", "--", "content/interventions").lines()
            .filter(l -> !l.isBlank()).count());
        // What the Danish summaries add: every version before and after each change, read and compared.
        double[] summaries = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            EntryChanges.read(dir, h);
            summaries[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(summaries);
        return String.format(Locale.ROOT, "%-8s | %7s | %12s | %14.0f | %16d | %18.0f", label, commits, changes, ms[RUNS / 2], attributed,
            summaries[RUNS / 2]);
    }

    private static List<String> files(Path repo) throws IOException {
        try (var s = Files.list(repo.resolve("content/interventions"))) {
            return s.map(p -> "content/interventions/" + p.getFileName()).sorted().toList();
        }
    }

    /**
     * {@code count} entry files in one commit, then 300 commits changing 1 % of them each, 30 of them
     * renames. Each file is a real entry (aftensport.yml, ~10 KB) with its own slug and a knowledge gap
     * that names its version, so the summaries read and compare files of the real size.
     */
    private static List<String> generate(Path dir, int count) throws IOException {
        Path entries = Files.createDirectories(dir.resolve("content/interventions"));
        String real = Files.readString(Path.of("content/interventions/aftensport.yml"));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = String.format(Locale.ROOT, "indsats-%05d.yml", i);
            Files.writeString(entries.resolve(name), entry(real, i, 0));
            names.add(name);
        }
        git(dir, "init", "-q", "-b", "main");
        commit(dir, "Første udgave");
        int perCommit = Math.max(1, count / 100);
        for (int c = 1; c <= 300; c++) {
            for (int k = 0; k < perCommit; k++) {
                int i = (c * 7919 + k * 104729) % count;
                Files.writeString(entries.resolve(names.get(i)), entry(real, i, c));
            }
            if (c % 10 == 0) {
                int i = (c * 31) % count;
                String renamed = names.get(i).replace(".yml", "-r" + c + ".yml");
                Files.move(entries.resolve(names.get(i)), entries.resolve(renamed));
                names.set(i, renamed);
            }
            commit(dir, "Ændring " + c);
        }
        return names.stream().map(n -> "content/interventions/" + n).sorted().toList();
    }

    private static String entry(String real, int i, int version) {
        return real.replace("slug: aftensport", "slug: indsats-" + i)
            .replace("knowledgeGaps:\n", "knowledgeGaps:\n  - Version " + version + " af indsats " + i + ".\n");
    }

    private static void commit(Path dir, String message) {
        git(dir, "add", "-A");
        git(dir, "-c", "user.name=Bench", "-c", "user.email=bench@example.org", "commit", "-q", "-m", message);
    }

    private static String git(Path dir, String... args) {
        try {
            List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) throw new IllegalStateException(command + ": " + out);
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
