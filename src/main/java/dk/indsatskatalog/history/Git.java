package dk.indsatskatalog.history;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/** Runs the git command line in a project folder; an absent git or a failed command is an empty result, never an exception. */
public final class Git {
    private static final long TIMEOUT_SECONDS = 120;
    private final Path dir;

    public Git(Path dir) { this.dir = dir.toAbsolutePath().normalize(); }

    /** Standard output as bytes when git exits 0. */
    public Optional<byte[]> runBytes(String... args) { return runBytes(new byte[0], args); }

    /** Standard output as bytes when git exits 0, with {@code input} written to its standard input (e.g. {@code cat-file --batch}). */
    public Optional<byte[]> runBytes(byte[] input, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString(), "-c", "core.quotepath=off"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        builder.environment().put("LC_ALL", "C");
        try {
            Process process = builder.start();
            // Read while writing: git answers as it reads, and a full pipe would stall both sides.
            // On its own thread, never a shared pool that may be busy waiting for this very call.
            FutureTask<byte[]> out = new FutureTask<>(() -> readAll(process.getInputStream()));
            Thread reader = new Thread(out, "git-output");
            reader.setDaemon(true);
            reader.start();
            try (var stdin = process.getOutputStream()) {
                stdin.write(input);
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            byte[] bytes = out.get();
            return process.exitValue() == 0 ? Optional.of(bytes) : Optional.empty();
        } catch (IOException | ExecutionException e) {
            return Optional.empty(); // git is not installed, or its output could not be read
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Standard output as UTF-8 text when git exits 0. */
    public Optional<String> run(String... args) {
        return runBytes(args).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    private static byte[] readAll(InputStream in) {
        try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
