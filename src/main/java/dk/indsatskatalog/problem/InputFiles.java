package dk.indsatskatalog.problem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Everything the build reads comes from plain files and folders inside the project. A pull
 * request can commit a symbolic link (to {@code .git/config}, to {@code /etc/passwd}); following it
 * would copy, render or print a file from outside the project. So links and special files (pipes,
 * devices, sockets) are problems at their own path, and files are opened without following links.
 */
public final class InputFiles {
    /** What the build reads, relative to the project folder. */
    public static final List<String> INPUTS = List.of("jbake.properties", "content", "templates", "assets");

    private InputFiles() {}

    /** One problem per symbolic link or special file among the project's inputs, in path order; nothing is followed. */
    public static List<Problem> problems(Path projectDir) {
        Path project = projectDir.toAbsolutePath().normalize();
        List<Problem> problems = new ArrayList<>();
        for (String input : INPUTS) {
            Path root = project.resolve(input);
            if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) continue;
            try {
                // walkFileTree does not follow links unless told to: a link is visited as a file.
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        Problem p = problem(project, file, attributes);
                        if (p != null) problems.add(p);
                        return FileVisitResult.CONTINUE;
                    }
                    @Override public FileVisitResult visitFileFailed(Path file, IOException e) {
                        problems.add(Problem.of(SourcePosition.startOf(shown(project, file)), "", ProblemCode.CANNOT_READ,
                            e.getClass().getSimpleName()));
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                problems.add(Problem.of(SourcePosition.startOf(shown(project, root)), "", ProblemCode.CANNOT_READ,
                    e.getClass().getSimpleName()));
            }
        }
        problems.sort(null);
        return problems;
    }

    /** The problem with {@code file} when it is a link or a special file, else null; its attributes are read without following links. */
    public static Problem problem(Path projectDir, Path file) {
        try {
            return problem(projectDir, file, Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            return null; // absent: the caller says what is missing
        }
    }

    private static Problem problem(Path projectDir, Path file, BasicFileAttributes attributes) {
        SourcePosition at = SourcePosition.startOf(shown(projectDir, file));
        if (attributes.isSymbolicLink()) return Problem.of(at, "", ProblemCode.SYMBOLIC_LINK);
        if (attributes.isOther()) return Problem.of(at, "", ProblemCode.SPECIAL_FILE);
        return null;
    }

    /** True for a regular file that is not a link. */
    public static boolean isPlainFile(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isRegularFile();
        } catch (IOException e) {
            return false;
        }
    }

    /** True for a folder that is not a link. */
    public static boolean isPlainFolder(Path dir) {
        try {
            return Files.readAttributes(dir, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isDirectory();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The bytes of a plain file, never through a link (the open itself refuses one, so a link put
     * in place after the check is not followed either) and never from a pipe or device, which could block.
     */
    public static byte[] read(Path file) throws IOException {
        if (!isPlainFile(file)) throw new IOException("not a plain file");
        try (SeekableByteChannel channel = Files.newByteChannel(file, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
             InputStream in = Channels.newInputStream(channel)) {
            return in.readAllBytes();
        }
    }

    private static final java.util.regex.Pattern RESERVED_ON_WINDOWS =
        java.util.regex.Pattern.compile("(con|prn|aux|nul|com[1-9]|lpt[1-9])", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** True for a name Windows cannot save as a file (con, nul, aux, prn, com1–9, lpt1–9), with or without an extension. */
    public static boolean isReservedOnWindows(String name) {
        int dot = name.indexOf('.');
        return RESERVED_ON_WINDOWS.matcher(dot < 0 ? name : name.substring(0, dot)).matches();
    }

    private static Path shown(Path projectDir, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(projectDir) ? projectDir.relativize(absolute) : absolute;
    }
}
