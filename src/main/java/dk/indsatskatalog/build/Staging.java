package dk.indsatskatalog.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A build is written into a sibling of the output folder and renamed into place at the end, so a
 * failed build never leaves half a site and the swap is two renames on one file system.
 */
public final class Staging {
    private Staging() {}

    /** A fresh, empty folder beside {@code output} (same parent, hidden name). */
    public static Path besides(Path output) throws IOException {
        Path parent = output.toAbsolutePath().normalize().getParent();
        Files.createDirectories(parent);
        return Files.createTempDirectory(parent, "." + output.getFileName() + ".staging-");
    }

    /** Replaces {@code output} with {@code staging}; the old output is removed only after the new one is in place. */
    public static void swapInto(Path staging, Path output) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
            move(target, old);
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            if (old != null) move(old, target); // put the previous site back
            throw e;
        }
        if (old != null) deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder and everything in it; quietly does nothing when it does not exist. */
    public static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }
                @Override public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (e != null) throw e;
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
