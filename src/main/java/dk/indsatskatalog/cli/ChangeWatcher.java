package dk.indsatskatalog.cli;

import dk.indsatskatalog.problem.InputFiles;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches content/, templates/ and assets/ (and the JBake configuration) and calls back once per
 * burst of changes: editors' tools save in several steps, so events are gathered for a short quiet
 * period. A folder made after the start (a new folder of pages, a folder moved in) is watched from
 * the moment it appears. Whether a change matters is judged by its path inside the project, so a
 * project that itself lies in a folder named content works too.
 */
final class ChangeWatcher implements AutoCloseable {
    static final List<String> WATCHED = List.of("content", "templates", "assets");
    private static final String SETTINGS = "jbake.properties";
    private static final long QUIET_MILLIS = 40;

    private final Path projectDir;
    private final WatchService service;
    private final Thread thread;

    private ChangeWatcher(Path projectDir, WatchService service, Runnable onChange) {
        this.projectDir = projectDir;
        this.service = service;
        this.thread = new Thread(() -> loop(onChange), "change-watcher");
        thread.setDaemon(true);
    }

    static ChangeWatcher start(Path projectDir, Runnable onChange) throws IOException {
        Path project = projectDir.toAbsolutePath().normalize();
        ChangeWatcher watcher = new ChangeWatcher(project, FileSystems.getDefault().newWatchService(), onChange);
        project.register(watcher.service, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_DELETE);
        for (String name : WATCHED) watcher.registerTree(project.resolve(name));
        watcher.thread.start();
        return watcher;
    }

    /**
     * Watches {@code dir} and every folder below it; links are never followed, as the build never
     * follows them. Each folder is watched before its contents are listed, so a folder made meanwhile
     * (mkdir -p, a checkout) is either listed or reported: none goes unwatched.
     */
    private void registerTree(Path dir) throws IOException {
        if (!InputFiles.isPlainFolder(dir)) return;
        dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
            StandardWatchEventKinds.ENTRY_MODIFY);
        List<Path> folders;
        try (Stream<Path> children = Files.list(dir)) {
            folders = children.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList();
        }
        for (Path folder : folders) registerTree(folder);
    }

    private void loop(Runnable onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean relevant = drain(key);
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) relevant |= drain(more);
                if (relevant) onChange.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopping
        }
    }

    /** True when an event is inside a watched folder, or is the settings file; new folders are watched from now on. */
    private boolean drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true; // events were lost: rebuild to be sure
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            if (!isRelevant(changed)) continue;
            relevant = true;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    registerTree(changed);
                } catch (IOException e) {
                    // gone again, or unreadable: the rebuild reports what it cannot read
                }
            }
        }
        key.reset();
        return relevant;
    }

    /** A path inside content/, templates/ or assets/ (or one of those folders), or the settings file. */
    boolean isRelevant(Path changed) {
        Path inside = projectDir.relativize(changed.toAbsolutePath().normalize());
        if (inside.getNameCount() == 0 || inside.startsWith("..")) return false;
        String first = inside.getName(0).toString();
        return WATCHED.contains(first) || (inside.getNameCount() == 1 && first.equals(SETTINGS));
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
