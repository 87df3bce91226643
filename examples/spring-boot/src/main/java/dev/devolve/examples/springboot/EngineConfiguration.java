package dev.devolve.examples.springboot;

import dev.devolve.api.EngineBuilder;
import dev.devolve.api.PolicyEngine;
import dev.devolve.api.ReloadResult;
import dev.devolve.api.ReloadingEngine;
import dev.devolve.error.InputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The engine as a bean: the bundled reference packs, plus every pack folder under
 * {@code devolve.packs-dir} when it is set, reloaded whenever a file there changes.
 */
@Configuration
public class EngineConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EngineConfiguration.class);
    static final long BUILD_LIMIT_SECONDS = 120;

    /** The outcome of the last reload, for the health endpoint; empty until the packs change. */
    @Bean
    public AtomicReference<ReloadResult> lastReload() {
        return new AtomicReference<>();
    }

    @Bean(destroyMethod = "close")
    public ReloadingEngine engine(@Value("${devolve.packs-dir:}") String packsDir, AtomicReference<ReloadResult> lastReload) throws Exception {
        if (packsDir.isBlank()) {
            return withinLimit(() -> ReloadingEngine.of(() -> PolicyEngine.builder().build()));
        }
        Path dir = Path.of(packsDir);
        ReloadingEngine engine = withinLimit(() -> ReloadingEngine.of(() -> build(dir)));
        engine.watch(List.of(dir), result -> {
            lastReload.set(result);
            LOG.info("packs in {} changed: loaded={}, serving {}", dir, result.loaded(), result.serving());
        });
        return engine;
    }

    /**
     * Compiles on the common pool and waits at most {@value #BUILD_LIMIT_SECONDS} s, so that packs
     * which take too long to compile fail the start (or the check) instead of hanging it.
     */
    static <T> T withinLimit(Supplier<T> build) throws Exception {
        try {
            return CompletableFuture.supplyAsync(build).orTimeout(BUILD_LIMIT_SECONDS, TimeUnit.SECONDS).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** The bundled packs and each pack folder in {@code dir}; a folder with a bundled pack's id replaces it. */
    static PolicyEngine build(Path dir) {
        EngineBuilder builder = PolicyEngine.builder().bundledPacks();
        try (Stream<Path> folders = Files.list(dir)) {
            folders.filter(f -> Files.isRegularFile(f.resolve("pack.yaml"))).sorted().forEach(builder::packDirectory);
        } catch (IOException e) {
            throw new InputException(dir.toString(), 0, 0, "cannot list the pack directory: " + e.getMessage(), e);
        }
        return builder.build();
    }
}
