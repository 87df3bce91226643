package dev.devolve.api;

import dev.devolve.error.DevolveException;
import dev.devolve.error.Diagnostic;
import dev.devolve.error.PackBuildException;
import dev.devolve.model.Township;
import dev.devolve.result.Assessment;
import dev.devolve.result.Decision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * An engine whose packs can be reloaded while it keeps answering. A reload compiles the new version
 * off to the side and swaps it in atomically; calls in flight finish on the version they started
 * with, and every decision names the packs (ids, versions, content hashes) that made it. A reload
 * that fails keeps serving the previous version and reports the diagnostics.
 *
 * <pre>{@code
 * ReloadingEngine engine = ReloadingEngine.of(() -> PolicyEngine.builder().packDirectory(dir).build());
 * engine.watch(List.of(dir), result -> log.info("reloaded: {}", result));
 * Decision d = engine.decide(request);
 * }</pre>
 */
public final class ReloadingEngine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReloadingEngine.class);
    private static final long SETTLE_MILLIS = 200;

    private final Supplier<PolicyEngine> factory;
    private final AtomicReference<PolicyEngine> current;
    private WatchService watcher;
    private Thread watching;

    private ReloadingEngine(Supplier<PolicyEngine> factory, PolicyEngine first) {
        this.factory = factory;
        this.current = new AtomicReference<>(first);
    }

    /**
     * Builds the first version.
     *
     * @param factory builds an engine from the packs as they are now (re-reading their directories)
     * @throws PackBuildException when the first version does not compile
     */
    public static ReloadingEngine of(Supplier<PolicyEngine> factory) {
        return new ReloadingEngine(Objects.requireNonNull(factory, "factory"), factory.get());
    }

    /** The version serving now. */
    public PolicyEngine current() {
        return current.get();
    }

    public Decision decide(DecisionRequest request) {
        return current.get().decide(request);
    }

    public Assessment assess(Township township, LocalDate asOf) {
        return current.get().assess(township, asOf);
    }

    /**
     * Compiles the packs as they are now and swaps them in, or keeps the previous version. Whatever
     * the build throws (a broken pack, an unreadable file, an error from a class that will not
     * load) becomes a failed result: this method does not throw, and the previous version serves on.
     */
    public synchronized ReloadResult reload() {
        try {
            PolicyEngine next = factory.get();
            current.set(next);
            LOG.info("reloaded packs {}", next.packs());
            return new ReloadResult(true, next.packs(), List.of());
        } catch (PackBuildException e) {
            LOG.warn("reload failed; still serving {}: {}", current.get().packs(), e.getMessage());
            return new ReloadResult(false, current.get().packs(), e.diagnostics());
        } catch (DevolveException e) {
            LOG.warn("reload failed; still serving {}: {}", current.get().packs(), e.getMessage());
            return new ReloadResult(false, current.get().packs(), List.of(Diagnostic.error("RELOAD_FAILED", null, e.getMessage())));
        } catch (Throwable e) {
            // A reload must never take the serving engine down, whatever the build threw.
            String what = e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            LOG.warn("reload failed unexpectedly; still serving {}: {}", current.get().packs(), what);
            LOG.debug("reload failure", e);
            return new ReloadResult(false, current.get().packs(), List.of(Diagnostic.error("RELOAD_FAILED", null,
                    "building the packs failed unexpectedly: " + what)));
        }
    }

    /**
     * Reloads whenever a file under {@code dirs} changes (after changes settle for 200 ms), on a
     * background thread, and hands each result to {@code onReload}. Folders created under them later
     * are watched too. The thread survives anything a reload or the callback throws (it logs what
     * the callback threw) and stops only with {@link #close()}.
     */
    public synchronized void watch(List<Path> dirs, Consumer<ReloadResult> onReload) {
        if (watching != null) {
            throw new IllegalStateException("already watching");
        }
        try {
            watcher = FileSystems.getDefault().newWatchService();
            for (Path dir : dirs) {
                register(watcher, dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + dirs + ": " + e.getMessage(), e);
        }
        WatchService service = watcher;
        watching = new Thread(() -> loop(service, onReload), "devolve-pack-watcher");
        watching.setDaemon(true);
        watching.start();
    }

    /** Watches a folder and every folder under it. */
    private static void register(WatchService service, Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path d : (Iterable<Path>) walk.filter(Files::isDirectory)::iterator) {
                d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void loop(WatchService service, Consumer<ReloadResult> onReload) {
        try {
            while (true) {
                drain(service, service.take());
                // Let an editor finish writing before compiling what it wrote.
                WatchKey more;
                while ((more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(service, more);
                }
                ReloadResult result = reload();
                try {
                    onReload.accept(result);
                } catch (RuntimeException | Error e) {
                    // A failing callback must not stop the watching.
                    LOG.warn("the reload callback failed; still watching: {}", e.toString());
                    LOG.debug("reload callback failure", e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            LOG.debug("stopped watching packs", e);
        }
    }

    /** Takes a key's events, and starts watching any folder created under a watched one. */
    private static void drain(WatchService service, WatchKey key) {
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && key.watchable() instanceof Path parent
                    && event.context() instanceof Path name) {
                Path created = parent.resolve(name);
                if (Files.isDirectory(created)) {
                    try {
                        register(service, created);
                    } catch (IOException | UncheckedIOException e) {
                        // Gone again, or unreadable: the reload that follows reports what it finds.
                        LOG.warn("cannot watch new folder {}: {}", created, e.getMessage());
                    }
                }
            }
        }
        key.reset();
    }

    /** Stops watching. */
    @Override
    public synchronized void close() throws IOException {
        if (watcher != null) {
            watcher.close();
            watching.interrupt();
            watcher = null;
            watching = null;
        }
    }
}
