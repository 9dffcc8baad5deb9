package dev.promptsmith.exchange;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Watches the workspace's {@code prompts/} and {@code testcases/} (with their sub-folders) while the
 * app runs: a file changed outside (an editor, a {@code git pull}) is imported within a second or
 * two, as a new version, without a restart, and open screens hear of it ({@link WorkspaceChanges}).
 * Changes that come together (a checkout of many files) are imported once, after {@link #QUIET} without
 * further change. Unchanged files add nothing, so the app's own writes import as the versions they are.
 * Off with {@code promptsmith.workspace.watch=false}.
 */
@Component
class WorkspaceWatcher implements SmartLifecycle {

    /** How long the folders must stay still before the changes are imported. */
    static final Duration QUIET = Duration.ofMillis(400);
    private static final List<String> FOLDERS = List.of("prompts", "testcases");
    private static final Logger log = LoggerFactory.getLogger(WorkspaceWatcher.class);

    private final WorkspaceImporter importer;
    private final WorkspaceChanges changes;
    private final Path workspace;
    private final boolean enabled;
    private volatile WatchService service;
    private volatile Thread thread;

    WorkspaceWatcher(WorkspaceImporter importer, WorkspaceChanges changes,
                     @Value("${promptsmith.workspace}") String workspace,
                     @Value("${promptsmith.workspace.watch:true}") boolean enabled) {
        this.importer = importer;
        this.changes = changes;
        this.workspace = Path.of(workspace).toAbsolutePath().normalize();
        this.enabled = enabled;
    }

    @Override
    public void start() {
        if (!enabled) {
            return;
        }
        try {
            service = FileSystems.getDefault().newWatchService();
            // the workspace itself, to see prompts/ or testcases/ appear
            workspace.register(service, StandardWatchEventKinds.ENTRY_CREATE);
            for (String folder : FOLDERS) {
                registerTree(workspace.resolve(folder));
            }
        } catch (IOException e) {
            log.warn("The workspace {} is not watched ({}); changed files are imported at the next start",
                    workspace, e.getMessage());
            return;
        }
        thread = Thread.ofPlatform().daemon().name("workspace-watcher").start(this::watch);
        log.info("Watching {} for changed prompts and test cases", workspace);
    }

    private void registerTree(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> folders = Files.walk(folder)) {
            for (Path each : folders.filter(Files::isDirectory).toList()) {
                each.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey first = service.take();
                boolean relevant = handle(first);
                // gather what follows until the folders are quiet, then import once
                WatchKey next;
                while ((next = service.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    relevant |= handle(next);
                }
                if (relevant) {
                    importChanges();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopped
        }
    }

    /** Registers new folders; whether the events touch prompts/ or testcases/. */
    private boolean handle(WatchKey key) {
        Path folder = (Path) key.watchable();
        boolean relevant = false;
        for (var event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
                continue;
            }
            Path changed = folder.resolve((Path) event.context());
            Path relative = workspace.relativize(changed);
            if (relative.getNameCount() == 0 || !FOLDERS.contains(relative.getName(0).toString())) {
                continue;
            }
            relevant = true;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    registerTree(changed);
                } catch (IOException e) {
                    log.warn("New folder {} is not watched: {}", changed, e.getMessage());
                }
            }
        }
        key.reset();
        return relevant;
    }

    private void importChanges() {
        try {
            ImportReport report = importer.importWorkspace(workspace);
            changes.announce(report);
        } catch (RuntimeException e) {
            log.error("Importing the changed files of {} failed", workspace, e);
        }
    }

    @Override
    public void stop() {
        WatchService watching = service;
        if (watching != null) {
            try {
                watching.close();
            } catch (IOException e) {
                log.debug("Closing the workspace watcher", e);
            }
        }
        Thread running = thread;
        if (running != null) {
            running.interrupt();
        }
        service = null;
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
