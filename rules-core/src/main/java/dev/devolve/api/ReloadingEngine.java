package dev.devolve.api;

import dev.devolve.model.Township;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
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

    /** Compiles the packs as they are now and swaps them in, or keeps the previous version. */
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
        }
    }

    /**
     * Reloads whenever a file under {@code dirs} changes (after changes settle for 200 ms), on a
     * background thread, and hands each result to {@code onReload}.
     */
    public synchronized void watch(List<Path> dirs, Consumer<ReloadResult> onReload) {
        if (watching != null) {
            throw new IllegalStateException("already watching");
        }
        try {
            watcher = FileSystems.getDefault().newWatchService();
            for (Path dir : dirs) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path d : (Iterable<Path>) walk.filter(Files::isDirectory)::iterator) {
                        d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                                StandardWatchEventKinds.ENTRY_DELETE);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + dirs + ": " + e.getMessage(), e);
        }
        WatchService service = watcher;
        watching = new Thread(() -> loop(service, onReload), "devolve-pack-watcher");
        watching.setDaemon(true);
        watching.start();
    }

    private void loop(WatchService service, Consumer<ReloadResult> onReload) {
        try {
            while (true) {
                WatchKey key = service.take();
                key.pollEvents();
                key.reset();
                // Let an editor finish writing before compiling what it wrote.
                WatchKey more;
                while ((more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    more.pollEvents();
                    more.reset();
                }
                onReload.accept(reload());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            LOG.debug("stopped watching packs", e);
        }
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
