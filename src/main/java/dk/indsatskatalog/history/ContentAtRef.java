package dk.indsatskatalog.history;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The content/ folder as it was at a commit, written out so the ordinary loader can read it. */
public final class ContentAtRef {
    private ContentAtRef() {}

    /** Whether {@code ref} names a commit in the project's repository. */
    public static boolean exists(Path projectDir, String ref) {
        return !ref.startsWith("-") && new Git(projectDir).run("rev-parse", "--verify", "-q", ref + "^{commit}").isPresent();
    }

    /**
     * Writes {@code content/} at {@code ref} into {@code targetProject/content/} (one git call,
     * a zip archive read in memory). Returns false when the commit has no content folder.
     */
    public static boolean extract(Path projectDir, String ref, Path targetProject) throws IOException {
        Git git = new Git(projectDir);
        String prefix = git.run("rev-parse", "--show-prefix").map(String::strip).orElse("");
        Optional<byte[]> zip = git.runBytes("archive", "--format=zip", ref + ":" + prefix + "content");
        Path content = targetProject.resolve("content").toAbsolutePath().normalize();
        Files.createDirectories(content);
        if (zip.isEmpty()) return false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.get()))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = content.resolve(entry.getName()).normalize();
                if (!target.startsWith(content)) throw new IOException("archive entry outside content/: " + entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.write(target, in.readAllBytes());
                }
            }
        }
        return true;
    }
}
