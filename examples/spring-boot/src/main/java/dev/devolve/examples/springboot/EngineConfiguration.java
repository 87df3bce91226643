package dev.devolve.examples.springboot;

import dev.devolve.api.InputException;
import dev.devolve.api.PolicyEngine;
import dev.devolve.api.ReloadResult;
import dev.devolve.api.ReloadingEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The engine as a bean: the bundled reference packs, plus every pack folder under
 * {@code devolve.packs-dir} when it is set, reloaded whenever a file there changes.
 */
@Configuration
public class EngineConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EngineConfiguration.class);

    /** The outcome of the last reload, for the health endpoint; empty until the packs change. */
    @Bean
    public AtomicReference<ReloadResult> lastReload() {
        return new AtomicReference<>();
    }

    @Bean(destroyMethod = "close")
    public ReloadingEngine engine(@Value("${devolve.packs-dir:}") String packsDir, AtomicReference<ReloadResult> lastReload) {
        if (packsDir.isBlank()) {
            return ReloadingEngine.of(() -> PolicyEngine.builder().build());
        }
        Path dir = Path.of(packsDir);
        ReloadingEngine engine = ReloadingEngine.of(() -> build(dir));
        engine.watch(List.of(dir), result -> {
            lastReload.set(result);
            LOG.info("packs in {} changed: loaded={}, serving {}", dir, result.loaded(), result.serving());
        });
        return engine;
    }

    /** The bundled packs and each pack folder in {@code dir}; a folder with a bundled pack's id replaces it. */
    static PolicyEngine build(Path dir) {
        PolicyEngine.Builder builder = PolicyEngine.builder().bundledPacks();
        try (Stream<Path> folders = Files.list(dir)) {
            folders.filter(f -> Files.isRegularFile(f.resolve("pack.yaml"))).sorted().forEach(builder::packDirectory);
        } catch (IOException e) {
            throw new InputException(dir.toString(), 0, 0, "cannot list the pack directory: " + e.getMessage(), e);
        }
        return builder.build();
    }
}
