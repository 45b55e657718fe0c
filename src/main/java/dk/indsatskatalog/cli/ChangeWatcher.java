package dk.indsatskatalog.cli;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches content/, templates/ and assets/ (and the JBake configuration) and calls back once per
 * burst of changes: editors' tools save in several steps, so events are gathered for a short quiet period.
 */
final class ChangeWatcher implements AutoCloseable {
    static final List<String> WATCHED = List.of("content", "templates", "assets");
    private static final long QUIET_MILLIS = 80;

    private final WatchService service;
    private final Thread thread;

    private ChangeWatcher(WatchService service, Thread thread) { this.service = service; this.thread = thread; }

    static ChangeWatcher start(Path projectDir, Runnable onChange) throws IOException {
        WatchService service = FileSystems.getDefault().newWatchService();
        projectDir.register(service, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE);
        for (String name : WATCHED) registerTree(projectDir.resolve(name), service);
        Thread thread = new Thread(() -> loop(service, onChange), "change-watcher");
        thread.setDaemon(true);
        thread.start();
        return new ChangeWatcher(service, thread);
    }

    private static void registerTree(Path dir, WatchService service) throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                    StandardWatchEventKinds.ENTRY_MODIFY);
            }
        }
    }

    private static void loop(WatchService service, Runnable onChange) {
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

    /** True unless the only events were in the project folder itself for unwatched files (e.g. target/). */
    private static boolean drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        boolean relevant = false;
        for (var event : key.pollEvents()) {
            Object context = event.context();
            String name = context == null ? "" : context.toString();
            boolean projectLevel = WATCHED.stream().noneMatch(w -> dir.toString().contains(java.io.File.separator + w));
            if (!projectLevel || name.equals("jbake.properties")) relevant = true;
        }
        key.reset();
        return relevant;
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
