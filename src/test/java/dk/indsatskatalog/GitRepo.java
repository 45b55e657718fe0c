package dk.indsatskatalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A throwaway git repository for tests, with fixed identities and dates so history is reproducible. */
public final class GitRepo {
    private final Path dir;

    private GitRepo(Path dir) { this.dir = dir; }

    public static GitRepo init(Path dir) {
        GitRepo repo = new GitRepo(dir);
        repo.git("init", "-q", "-b", "main");
        return repo;
    }

    /** Stages everything and commits with the given date (YYYY-MM-DD) and message. */
    public GitRepo commitAll(String date, String message) {
        git("add", "-A");
        return commit(date, message);
    }

    private GitRepo commit(String date, String message) {
        String when = date + "T12:00:00Z";
        run(List.of("git", "-c", "user.name=Redaktør", "-c", "user.email=redaktion@example.org", "commit", "-q", "-m", message),
            "GIT_AUTHOR_DATE", when, "GIT_COMMITTER_DATE", when);
        return this;
    }

    /** The full hash of HEAD. */
    public String head() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "HEAD").directory(dir.toFile()).start();
            String hash = new String(p.getInputStream().readAllBytes()).strip();
            p.waitFor();
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public GitRepo git(String... args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        run(command);
        return this;
    }

    private void run(List<String> command, String... env) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
            builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
            builder.environment().put("HOME", dir.toString());
            for (int i = 0; i + 1 < env.length; i += 2) builder.environment().put(env[i], env[i + 1]);
            Process p = builder.start();
            String output = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) throw new IllegalStateException(command + " failed: " + output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
